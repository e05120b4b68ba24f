package org.jianfu.documents.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.Opinions;
import org.jianfu.documents.internal.inbox.Receipt;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;

/** What the detail page offers: one main action (the wide button at the bottom) and the others. */
record Actions(Action main, List<Action> others) {

    /**
     * A POST to {@code /documents/{id}/{step}}; {@code comment} asks for a comment (required or optional);
     * {@code confirm}, when set, is asked before the post (收回 cannot be taken back by the recipients).
     */
    record Action(String step, String label, boolean comment, boolean danger, String confirm, String opinionStep,
                  List<String> phrases) {

        Action(String step, String label, boolean comment, boolean danger) {
            this(step, label, comment, danger, null, null, List.of());
        }

        Action(String step, String label, boolean comment, boolean danger, String confirm) {
            this(step, label, comment, danger, confirm, null, List.of());
        }

        /**
         * A step that takes an opinion ({@code opinionStep}: 核稿, 签发): the common phrases one tap away (the first
         * is chosen, so the step stays one tap), free text below.
         */
        static Action withOpinion(String step, String label, String opinionStep) {
            return new Action(step, label, true, false, null, opinionStep, Opinions.COMMON);
        }

        /** Whether the page shows the phrases as radio buttons above the textarea. */
        public boolean offersPhrases() {
            return !phrases.isEmpty();
        }
    }

    static Actions of(Actor actor, Document d, Receipt ownReceipt, boolean anySigned, boolean anyWaiting,
                      boolean mayReview, boolean maySign, boolean mayCountersign) {
        List<Action> all = new ArrayList<>();
        boolean issuer = DocumentAccess.isIssuer(actor, d);
        boolean clerk = actor.role() == Role.CLERK;
        boolean leader = actor.role() == Role.LEADER;
        if (issuer) {
            switch (d.state()) {
                case DRAFT -> {
                    if (clerk) {
                        all.add(new Action("submit", "送核稿", false, false));
                    }
                }
                case REVIEW -> {
                    if (mayReview) {
                        all.add(Action.withOpinion("pass-review", "核稿通过，送签发", "核稿"));
                        all.add(new Action("return", "退回修改", true, true));
                    }
                    if (clerk) {
                        all.add(new Action("recall", "收回", false, true, "确定收回这份公文吗？收回后退回起草。"));
                    }
                }
                case COUNTERSIGN -> {
                    if (clerk) {
                        all.add(new Action("recall", "收回", false, true, "确定收回这份公文吗？收回后退回起草，会签重新开始。"));
                    }
                }
                case SIGNING -> {
                    if (maySign) {
                        all.add(Action.withOpinion("sign", "签发", "签发"));
                        all.add(new Action("return", "退回修改", true, true));
                    }
                    if (clerk) {
                        all.add(new Action("recall", "收回", false, true, "确定收回这份公文吗？收回后退回起草。"));
                    }
                }
                case SIGNED -> {
                    if (clerk) {
                        all.add(new Action("issue", "印发（编号并分发）", false, false));
                        all.add(new Action("return", "退回修改", true, true));
                        all.add(new Action("recall", "收回", false, true, "确定收回这份公文吗？收回后退回起草。"));
                    }
                }
                case ISSUED -> {
                    if ((clerk || leader) && anyWaiting) {
                        all.add(new Action("remind", "提醒未签收单位", false, false));
                    }
                    if (clerk && !anySigned) {
                        all.add(new Action("recall", "收回已印发公文", true, true,
                                "确定收回这份已印发的公文吗？各收文单位将看到“已收回”，不能再签收。"));
                    }
                }
                case WITHDRAWN -> {
                    if (clerk) {
                        all.add(new Action("redraft", "修改后重新印发", false, false));
                    }
                }
                default -> {
                }
            }
        }
        if (mayCountersign) {
            all.add(Action.withOpinion("countersign", "会签", "会签"));
            all.add(new Action("return", "退回起草单位", true, true));
        }
        if (ownReceipt != null && Set.of(Role.CLERK, Role.LEADER, Role.CADRE).contains(actor.role())) {
            if (ownReceipt.waiting()) {
                all.add(new Action("sign-for", "签收", false, false));
                all.add(new Action("refuse", "退文", true, true));
            } else if (ownReceipt.signedAt() != null && ownReceipt.handledAt() == null) {
                if (ownReceipt.readAt() == null) {
                    all.add(new Action("read", "已阅", false, false));
                }
                all.add(new Action("handled", "办理完毕", true, false));
            }
        }
        return all.isEmpty() ? new Actions(null, List.of()) : new Actions(all.getFirst(), all.subList(1, all.size()));
    }
}
