package org.jianfu.documents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.ActorHolder;
import org.jianfu.testing.SignIn;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Drives the 公文 JSON API as demo accounts; every call returns the raw result for assertions. */
@TestComponent
public class DocumentsDriver {

    private final MockMvc mvc;
    private final SignIn signIn;
    private final Organization organization;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<Long> withHistory = ConcurrentHashMap.newKeySet();

    public DocumentsDriver(MockMvc mvc, SignIn signIn, Organization organization, UserDetailsService accounts,
                           JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mvc = mvc;
        this.signIn = signIn;
        this.organization = organization;
        this.accounts = accounts;
    }

    public Actor actor(String username) {
        return ((ActorHolder) accounts.loadUserByUsername(username)).actor();
    }

    public Unit unit(String divisionCode, String key) {
        return organization.unitsOf(divisionCode).stream().filter(u -> u.unitKey().equals(key)).findFirst().orElseThrow();
    }

    /** The government of the county's first township. */
    public Unit townshipGovernment(String county) {
        return unit(organization.children(county).getFirst().code(), "gov");
    }

    /** JSON of a draft: kind, title, body, main recipients; the review is confirmed with no demands. */
    public static String draft(String kind, String title, String body, List<Long> main, boolean comprehensive) {
        return """
                {"kind":"%s","title":"%s","body":"%s","comprehensive":%s,"mainRecipientIds":[%s],"copyRecipientIds":[],
                 "reviewAnswers":[],"reviewConfirmed":true}""".formatted(kind, title, body, comprehensive,
                main.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /**
     * Before a unit drafts for the first time: unless the test set a quota rule for the unit's own
     * county or township this year, the unit issued 50 downward documents last year, so 只减不增 (the
     * standing rule, or the demo's province rule) leaves room for the test's documents. A year without
     * a rule is no longer unlimited; tests of the quota itself set their rules first.
     */
    public void lastYearsDocuments(String username) {
        Actor actor = actor(username);
        if (!withHistory.add(actor.unitId())) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        boolean ownRule = jdbc.sql("""
                        select count(*) from quota.rule r join organization.division v on v.code = r.division_code
                        where r.year = ? and v.level in ('COUNTY', 'TOWNSHIP') and (? = v.path or ? like v.path || '.%')""")
                .params(year, actor.divisionPath(), actor.divisionPath()).query(Long.class).single() > 0;
        if (ownRule) {
            return;
        }
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed)
                        select ?, 'NOTICE', '上年公文（测试）' || n, 'DOWNWARD', 'ISSUED', ?, ?, ?, true from generate_series(1, 50) n""")
                .params(actor.unitId(), year - 1, Timestamp.from(clock.instant().minus(365, ChronoUnit.DAYS)), actor.accountId())
                .update();
        jdbc.sql("update quota.usage set seeded = false where unit_id = ?").param(actor.unitId()).update();
    }

    public MvcResult create(String username, String json) throws Exception {
        lastYearsDocuments(username);
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/documents").with(signIn.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    public long createOk(String username, String json) throws Exception {
        MvcResult r = create(username, json);
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError("create: " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }

    public MvcResult post(String username, String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(signIn.as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json == null ? "{}" : json)).andReturn();
    }

    public MvcResult put(String username, String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                .with(signIn.as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    public MvcResult step(String username, long id, String step, String comment) throws Exception {
        return post(username, "/api/v1/documents/" + id + "/" + step,
                comment == null ? "{}" : "{\"comment\":\"" + comment + "\"}");
    }

    /** A step as a person takes it: 核稿 and 签发 with the first common phrase as the opinion (one tap). */
    public void stepOk(String username, long id, String step) throws Exception {
        MvcResult r = step(username, id, step, step.equals("pass-review") || step.equals("sign") ? "同意" : null);
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(step + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
    }

    public MvcResult get(String username, String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .with(signIn.as(username))).andReturn();
    }

    /** Drafts, reviews, signs and issues a document; returns its id. */
    public long issued(String clerk, String leader, String json) throws Exception {
        long id = createOk(clerk, json);
        stepOk(clerk, id, "submit");
        stepOk(leader, id, "pass-review");
        stepOk(leader, id, "sign");
        stepOk(clerk, id, "issue");
        return id;
    }

    public static String json(MvcResult r, String path) throws Exception {
        Object v = JsonPath.read(r.getResponse().getContentAsString(), path);
        return String.valueOf(v);
    }
}
