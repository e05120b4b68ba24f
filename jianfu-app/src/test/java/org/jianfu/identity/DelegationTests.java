package org.jianfu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianfu.documents.DocumentsDriver.draft;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 委托 in 榆中县政府办公室: the leader lets a second clerk (an office deputy, added here) sign while away; the trail
 * says 代签, nobody signs what they drafted, bad periods are refused, revoking ends it. Test clock: 2026-06-15.
 */
@JianfuTest
class DelegationTests {

    static final String LEADER = "620123.gov-office.leader";
    static final String CLERK = "620123.gov-office.clerk";
    static final String DEPUTY = "620123.gov-office.deputy";

    @Autowired
    DocumentsDriver api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void deputy() {
        jdbc.sql("""
                insert into identity.account (username, display_name, password_hash, role, unit_id, demo)
                select ?, '办公室副主任', password_hash, 'CLERK', unit_id, demo from identity.account where username = ?
                on conflict (username) do nothing""").params(DEPUTY, CLERK).update();
        jdbc.sql("update identity.delegation set revoked_at = now() where revoked_at is null").update();
    }

    long id(String username) {
        return api.actor(username).accountId();
    }

    MvcResult delegate(String to, String from, String until) throws Exception {
        return api.post(LEADER, "/api/v1/delegations",
                "{\"deputyId\":%d,\"scope\":\"SIGNING\",\"startsOn\":\"%s\",\"endsOn\":\"%s\"}".formatted(id(to), from, until));
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long awaitingSignature(String drafter, String title) throws Exception {
        long doc = api.createOk(drafter, draft("NOTICE", title, "各乡镇：请按要求做好相关工作。",
                List.of(api.townshipGovernment("620123").id()), false));
        api.stepOk(drafter, doc, "submit");
        api.stepOk(LEADER, doc, "pass-review");
        return doc;
    }

    @Test
    void badDelegationsAreRefused() throws Exception {
        assertThat(body(api.post(LEADER, "/api/v1/delegations",
                "{\"deputyId\":%d,\"startsOn\":\"2026-06-15\",\"endsOn\":\"2026-06-20\"}".formatted(id(LEADER)))))
                .contains("不能委托给本人");
        assertThat(body(delegate("620102.gov-office.clerk", "2026-06-15", "2026-06-20"))).contains("受托人须为本单位人员");
        assertThat(body(delegate(DEPUTY, "2026-06-01", "2026-06-20"))).contains("开始日期不能早于今天");
        assertThat(body(delegate(DEPUTY, "2026-06-20", "2026-06-15"))).contains("结束日期不能早于开始日期");
        assertThat(delegate(DEPUTY, "2026-06-15", "2026-06-21").getResponse().getStatus()).isEqualTo(201);
        assertThat(body(delegate(CLERK, "2026-06-18", "2026-06-25"))).contains("期间重叠");
        assertThat(api.post(CLERK, "/api/v1/delegations",
                "{\"deputyId\":%d,\"startsOn\":\"2026-06-15\",\"endsOn\":\"2026-06-20\"}".formatted(id(DEPUTY)))
                .getResponse().getStatus()).as("only a leader delegates").isEqualTo(403);
    }

    @Test
    void theDeputySignsOnTheLeadersBehalfButNeverTheirOwnDraftAndRevokingEndsIt() throws Exception {
        long doc = awaitingSignature(CLERK, "关于做好夏季防溺水工作的通知");
        assertThat(api.step(DEPUTY, doc, "sign", "同意").getResponse().getStatus()).as("no delegation yet").isEqualTo(403);
        assertThat(delegate(DEPUTY, "2026-06-15", "2026-06-21").getResponse().getStatus()).isEqualTo(201);
        assertThat(body(api.get(DEPUTY, "/"))).as("the deputy's 待办").contains("待签发");
        MvcResult signed = api.step(DEPUTY, doc, "sign", "同意");
        assertThat(signed.getResponse().getStatus()).as(body(signed)).isEqualTo(200);
        assertThat(body(signed)).contains("同意（代签，委托人 ");

        long own = awaitingSignature(DEPUTY, "关于做好汛期值班值守工作的通知");
        assertThat(body(api.step(DEPUTY, own, "sign", "同意"))).contains("不能签发本人起草");

        long later = awaitingSignature(CLERK, "关于开展夏季消防安全检查的通知");
        MvcResult mine = api.get(LEADER, "/api/v1/delegations");
        long delegation = ((Number) com.jayway.jsonpath.JsonPath.read(body(mine), "$.given[0].id")).longValue();
        assertThat(api.post(LEADER, "/api/v1/delegations/" + delegation + "/revoke", null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(api.step(DEPUTY, later, "sign", "同意").getResponse().getStatus()).as("revoked").isEqualTo(403);
        assertThat(body(api.get(LEADER, "/delegations"))).contains("新建委托").contains("已撤销");
        assertThat(body(api.get(DEPUTY, "/delegations"))).contains("委托给我的");
    }
}
