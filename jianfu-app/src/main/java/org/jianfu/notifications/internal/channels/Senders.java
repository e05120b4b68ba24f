package org.jianfu.notifications.internal.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one message on one channel, or throws with a reason. Timeouts are short: a server that hangs fails this
 * attempt, and the outbox retries later; nobody waits for it.
 */
@Component
class Senders {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Senders(ObjectProvider<JavaMailSender> mail, @Value("${jianfu.notifications.mail.from:jianfu@localhost}") String from,
            Clock clock) {
        this.mail = mail;
        this.from = from;
        this.clock = clock;
    }

    void email(String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("本系统未配置邮件服务器（spring.mail.host）");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }

    void webhook(ChannelSettings.Channels channels, String text) throws IOException, InterruptedException {
        WebhookMessage message = WebhookMessage.of(channels.webhookKind(), channels.webhookUrl(), channels.webhookSecret(),
                text, clock.millis());
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.url())).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.json(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // both robots answer 200 with {"errcode":0,…}; anything else is a failure worth retrying
        if (response.statusCode() / 100 != 2 || !response.body().replace(" ", "").contains("\"errcode\":0")) {
            throw new IOException("机器人返回 " + response.statusCode() + "：" + abbreviated(response.body()));
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }
}
