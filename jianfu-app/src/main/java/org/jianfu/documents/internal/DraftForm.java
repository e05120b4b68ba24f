package org.jianfu.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the drafter fills in (form and JSON); the issuing unit is the drafter's own. */
public class DraftForm {
    private DocumentKind kind = DocumentKind.NOTICE;
    private String title = "";
    private String body = "";
    private boolean comprehensive;
    private Urgency urgency = Urgency.NORMAL;
    private HeaderStyle headerStyle = HeaderStyle.RED;
    private LocalDate writtenOn;
    private List<Long> mainRecipientIds = new ArrayList<>();
    private List<Long> copyRecipientIds = new ArrayList<>();
    private List<Long> coIssuerIds = new ArrayList<>();
    private List<String> reviewAnswers = new ArrayList<>();
    private boolean reviewConfirmed;

    public static DraftForm of(Document d) {
        DraftForm f = new DraftForm();
        f.kind = d.kind();
        f.title = d.title();
        f.body = d.body();
        f.comprehensive = d.comprehensive();
        f.urgency = d.urgency();
        f.headerStyle = d.headerStyle();
        f.writtenOn = d.writtenOn();
        f.mainRecipientIds = new ArrayList<>(d.mainRecipientIds());
        f.copyRecipientIds = new ArrayList<>(d.copyRecipientIds());
        f.coIssuerIds = new ArrayList<>(d.coIssuerIds());
        f.reviewAnswers = ConsistencyReview.answers(d.reviewAnswers());
        f.reviewConfirmed = d.reviewConfirmed();
        return f;
    }

    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title.strip(); }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body == null ? "" : body.replace("\r\n", "\n"); }
    public boolean isComprehensive() { return comprehensive; }
    public void setComprehensive(boolean comprehensive) { this.comprehensive = comprehensive; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public HeaderStyle getHeaderStyle() { return headerStyle; }
    public void setHeaderStyle(HeaderStyle headerStyle) { this.headerStyle = headerStyle; }
    public LocalDate getWrittenOn() { return writtenOn; }
    public void setWrittenOn(LocalDate writtenOn) { this.writtenOn = writtenOn; }
    public List<Long> getMainRecipientIds() { return mainRecipientIds; }
    public void setMainRecipientIds(List<Long> ids) { this.mainRecipientIds = ids == null ? new ArrayList<>() : ids; }
    public List<Long> getCopyRecipientIds() { return copyRecipientIds; }
    public void setCopyRecipientIds(List<Long> ids) { this.copyRecipientIds = ids == null ? new ArrayList<>() : ids; }
    public List<Long> getCoIssuerIds() { return coIssuerIds; }
    public void setCoIssuerIds(List<Long> ids) { this.coIssuerIds = ids == null ? new ArrayList<>() : ids; }
    public List<String> getReviewAnswers() { return reviewAnswers; }
    public void setReviewAnswers(List<String> a) { this.reviewAnswers = a == null ? new ArrayList<>() : a; }
    public boolean isReviewConfirmed() { return reviewConfirmed; }
    public void setReviewConfirmed(boolean reviewConfirmed) { this.reviewConfirmed = reviewConfirmed; }
}
