package org.jianfu.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.notifications.internal.channels.Dispatcher;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Notifications outside the app: a real SMTP server (GreenMail) and a local HTTP receiver in the robots' place.
 * Urgent reminders go out at once, the rest in the daily message; a robot that answers 500 or hangs is retried
 * later, and nothing waits for it.
 */
@JianfuTest
class NotificationChannelsTests {

    static final String USER = "620123.gov-office.clerk";

    @Autowired
    DocumentsDriver api;

    @Autowired
    Notifications notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    GreenMail smtp;
    HttpServer robot;
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);
    volatile long hangMillis;

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(39025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            received.add(exchange.getRequestURI().getQuery() + " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            try {
                Thread.sleep(hangMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = (answer.get() == 200 ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "{\"errcode\":-1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        robot.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        robot.start();
        jdbc.sql("update notifications.delivery set given_up_at = now() where delivered_at is null").update();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        robot.stop(0);
    }

    long account() {
        return api.actor(USER).accountId();
    }

    void channels(String kind) throws Exception {
        MvcResult r = api.put(USER, "/api/v1/notifications/channels", """
                {"email":"clerk@yuzhong.example","webhookUrl":"http://127.0.0.1:%d/robot?access_token=t","webhookKind":"%s",
                 "webhookSecret":"SECtest"}""".formatted(robot.getAddress().getPort(), kind));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
    }

    @Test
    void anUrgentReminderGoesOutAtOnceByMailAndBySignedWebhook() throws Exception {
        channels("DINGTALK");
        assertThat(notifications.remind(account(), "test:urgent:1", "催办：《关于防汛的通知》承办明天到期", "/incoming/1", true))
                .isTrue();
        assertThat(dispatcher.dispatch()).isEqualTo(2);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("承办明天到期");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("clerk@yuzhong.example");
        assertThat(received).hasSize(1);
        assertThat(received.getFirst()).contains("access_token=t&timestamp=").contains("&sign=")
                .contains("\"msgtype\":\"text\"").contains("承办明天到期");
        assertThat(dispatcher.dispatch()).as("sent once").isZero();
    }

    @Test
    void otherRemindersWaitForTheDailyMessage() throws Exception {
        channels("WECOM");
        notifications.remind(account(), "test:plain:1", "《关于秋季防火的通知》待阅示", "/incoming/2", false);
        notifications.remind(account(), "test:plain:2", "《关于冬季供暖的通知》待承办", "/incoming/3", false);
        assertThat(dispatcher.dispatch()).isZero();
        digest();
        assertThat(dispatcher.dispatch()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("今日提醒");
        assertThat(received.getFirst()).contains("秋季防火").contains("冬季供暖");
    }

    @Test
    void aRobotThatFailsOrHangsIsRetriedLaterAndAForeignAddressIsRefused() throws Exception {
        channels("WECOM");
        jdbc.sql("update notifications.channel set email = null where account_id = ?").param(account()).update();
        answer.set(500);
        notifications.remind(account(), "test:retry:1", "《关于安全生产的通知》被退回：请修改", "/documents/1", true);
        assertThat(dispatcher.dispatch()).isZero();
        String error = jdbc.sql("select last_error from notifications.delivery where account_id = ? and delivered_at is null"
                + " and given_up_at is null").param(account()).query(String.class).single();
        assertThat(error).contains("500");
        assertThat(dispatcher.dispatch()).as("not before its back-off").isZero();

        hangMillis = 8000;
        answer.set(200);
        due();
        assertThat(dispatcher.dispatch()).as("a hanging robot fails this attempt").isZero();
        assertThat(jdbc.sql("select attempts from notifications.delivery where account_id = ? and given_up_at is null"
                + " and delivered_at is null").param(account()).query(Integer.class).single()).isEqualTo(2);

        hangMillis = 0;
        due();
        assertThat(dispatcher.dispatch()).isEqualTo(1);

        MvcResult foreign = api.put(USER, "/api/v1/notifications/channels",
                "{\"webhookUrl\":\"http://10.0.0.8/robot\",\"webhookKind\":\"WECOM\"}");
        assertThat(foreign.getResponse().getStatus()).isEqualTo(422);
        assertThat(foreign.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("机器人地址须为本系统允许的地址");
        String page = api.get(USER, "/notifications").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("邮件与群机器人").contains("127.0.0.1");
    }

    @Autowired
    java.time.Clock clock;

    /** Its back-off has passed, by the application's clock (the tests' clock starts in 2026-06, not today). */
    private void due() {
        jdbc.sql("update notifications.delivery set next_attempt_at = ?"
                        + " where account_id = ? and delivered_at is null and given_up_at is null")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), account()).update();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private void digest() throws Exception {
        Object daily = context.getBean(Class.forName("org.jianfu.notifications.internal.DailyDigest"));
        daily.getClass().getMethod("deliver").invoke(daily);
    }
}
