package org.jianfu.indicators.internal.requests;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A request whose fields are mostly asked again (share above the configured limit, default 50%), or
 * whose form is not in the department's approved list of grassroots forms for the year, needs an
 * explanation approved by the 减负办 before it may go out.
 */
@Service
public class ExplanationGate {

    /** What the gate says about one request. {@code reasons} is empty when no explanation is needed. */
    public record Verdict(int fields, int duplicatesAsked, boolean approvedForm, List<String> reasons) {

        public boolean needed() {
            return !reasons.isEmpty();
        }

        public String reasonText() {
            return String.join("；", reasons);
        }
    }

    private final JdbcClient jdbc;
    private final double duplicateLimit;

    ExplanationGate(JdbcClient jdbc, @Value("${jianfu.indicators.duplicate-limit:0.5}") double duplicateLimit) {
        this.jdbc = jdbc;
        this.duplicateLimit = duplicateLimit;
    }

    public Verdict judge(DataRequest request, List<FieldCheck> checks) {
        int fields = checks.size();
        int duplicates = (int) checks.stream().filter(FieldCheck::duplicateAsked).count();
        boolean approved = approvedForm(request);
        List<String> reasons = new ArrayList<>();
        if (fields > 0 && (double) duplicates / fields > duplicateLimit) {
            reasons.add("%d 个字段中有 %d 个与其他部门已采集的数据重复（超过 %d%%）"
                    .formatted(fields, duplicates, Math.round(duplicateLimit * 100)));
        }
        if (!approved) {
            reasons.add("「%s」不在本部门 %d 年基层报表准入清单内".formatted(request.title(), request.formMonth().getYear()));
        }
        return new Verdict(fields, duplicates, approved, reasons);
    }

    private boolean approvedForm(DataRequest request) {
        return jdbc.sql("select count(*) from indicators.approved_form where year = ? and unit_id = ? and form_name = ?")
                .params(request.formMonth().getYear(), request.requesterUnitId(), request.title().strip())
                .query(Long.class).single() > 0;
    }
}
