package org.jianfu.documents.internal.incoming;

import java.util.List;

/** 收文处理笺: the opinions of each step in the form's order (拟办, 批办, 阅示, 转办, 承办, 办结). */
public record HandlingSheet(List<Section> sections) {

    public record Section(String title, List<IncomingStep> steps) {
    }

    private static final List<IncomingAction> ORDER = List.of(IncomingAction.PROPOSE, IncomingAction.INSTRUCT,
            IncomingAction.READ_INSTRUCT, IncomingAction.TRANSFER, IncomingAction.FINISH, IncomingAction.CLOSE);

    public static HandlingSheet of(List<IncomingStep> steps) {
        return new HandlingSheet(ORDER.stream().map(a -> new Section(a.label() + "意见",
                steps.stream().filter(s -> s.action() == a).toList())).toList());
    }
}
