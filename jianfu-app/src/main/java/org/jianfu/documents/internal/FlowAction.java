package org.jianfu.documents.internal;

/** Everything recorded in a document's history. */
public enum FlowAction {
    CREATE("起草"),
    EDIT("修改"),
    SUBMIT("送核稿"),
    PASS_REVIEW("核稿通过，送签发"),
    COUNTERSIGN("会签"),
    SIGN("签发"),
    ISSUE("印发"),
    RETURN("退回"),
    RECALL("收回"),
    WITHDRAW("收回已印发公文"),
    REDRAFT("修改后重新印发"),
    SIGN_FOR("签收"),
    READ("阅知"),
    HANDLE("办理完毕"),
    REFUSE_RECEIPT("退文"),
    REMIND("催签"),
    EXPLAIN("提交超限说明"),
    APPROVE_EXPLANATION("批准超限说明"),
    REFUSE_EXPLANATION("不批准超限说明");

    private final String label;

    FlowAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
