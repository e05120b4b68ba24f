package org.jianfu.indicators;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.Approvals;
import org.jianfu.indicators.internal.requests.Duplicate;
import org.jianfu.indicators.internal.requests.FieldCheck;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.indicators.internal.requests.NewField;
import org.jianfu.indicators.internal.requests.RequestDraft;
import org.jianfu.indicators.internal.requests.RequestFlow;
import org.jianfu.platform.Actor;
import org.jianfu.platform.ActorHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.TestComponent;

/** Test helper: drafts and sends data requests as demo accounts, through the product's services. */
@TestComponent
public class IndicatorDesk {

    private final UserDetailsService accounts;
    private final RequestFlow flow;
    private final Approvals approvals;
    private final JdbcClient jdbc;
    private final RequestQueries queries;

    IndicatorDesk(UserDetailsService accounts, RequestFlow flow, Approvals approvals, JdbcClient jdbc, RequestQueries queries) {
        this.queries = queries;
        this.accounts = accounts;
        this.flow = flow;
        this.approvals = approvals;
        this.jdbc = jdbc;
    }

    public Actor actor(String username) {
        return ((ActorHolder) accounts.loadUserByUsername(username)).actor();
    }

    public static NewField field(String name, String unit, String period) {
        return new NewField(name, unit, period, "INTEGER", true, "0", null, null);
    }

    /** A draft of {@code department} (e.g. 620102.civil) to the villages below {@code target}. */
    public long draft(String department, String title, String target, String level, YearMonth month, List<NewField> fields) {
        Actor clerk = actor(department + ".clerk");
        long id = flow.create(clerk, new RequestDraft(title, "测试", target, level, "MONTHLY", month.toString(),
                month.atDay(25).toString()));
        fields.forEach(f -> flow.addField(clerk, id, f));
        return id;
    }

    /**
     * Answers every 可能相同 pair of the draft "不是同一指标" (the fields stay asked, as the department
     * meant), so that submitting is not blocked by a question the test is not about.
     */
    public void rejectMaybes(String department, long requestId) {
        Actor clerk = actor(department + ".clerk");
        for (FieldCheck check : queries.detail(clerk, requestId).checks()) {
            for (Duplicate maybe : check.unanswered()) {
                flow.answer(clerk, requestId, check.field().id(), maybe.matchKey(), false, "测试：本部门口径不同");
            }
        }
    }

    /** Puts the title on the department's approved list for the year, so no explanation is needed. */
    public void approveForm(String department, int year, String title) {
        jdbc.sql("""
                insert into indicators.approved_form (year, unit_id, form_name) values (?, ?, ?) on conflict do nothing""")
                .params(year, actor(department + ".clerk").unitId(), title).update();
    }

    /**
     * Approved list, clerk submits (with an explanation, in case fields repeat other requests), leader
     * approves, and the county 减负办 approves the explanation where one was needed: the request is sent.
     */
    public long send(String department, String title, String target, String level, YearMonth month, List<NewField> fields) {
        approveForm(department, month.getYear(), title);
        long id = draft(department, title, target, level, month, fields);
        rejectMaybes(department, id);
        flow.submit(actor(department + ".clerk"), id, "测试：各部门口径不同，需分别采集");
        approvals.approve(actor(department + ".leader"), id);
        String status = jdbc.sql("select status from indicators.data_request where id = ?").param(id)
                .query(String.class).single();
        if (status.equals("AWAITING_BURDEN_OFFICE")) {
            approvals.approveExplanation(actor("jfb." + department.substring(0, department.indexOf('.'))), id);
        }
        return id;
    }
}
