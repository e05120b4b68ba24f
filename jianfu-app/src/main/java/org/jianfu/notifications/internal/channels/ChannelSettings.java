package org.jianfu.notifications.internal.channels;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

/**
 * Each person's outside channels: an e-mail address and a group-robot webhook. A webhook may only point at the
 * hosts the deployment allows ({@code jianfu.notifications.webhooks.allowed-hosts}): the server calls it, so an
 * arbitrary address would let anyone make the server reach into the intranet.
 */
@Repository
public class ChannelSettings {

    public record Channels(String email, String webhookUrl, WebhookKind webhookKind, String webhookSecret) {

        public static final Channels NONE = new Channels(null, null, null, null);

        public boolean any() {
            return email != null || webhookUrl != null;
        }
    }

    private final JdbcClient jdbc;
    private final List<String> allowedHosts;
    private final boolean mailConfigured;

    ChannelSettings(JdbcClient jdbc,
                    @Value("${jianfu.notifications.webhooks.allowed-hosts:qyapi.weixin.qq.com,oapi.dingtalk.com}")
                    List<String> allowedHosts, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.mailConfigured = mail.getIfAvailable() != null;
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public Channels of(long accountId) {
        return jdbc.sql("select * from notifications.channel where account_id = ?").param(accountId)
                .query((rs, n) -> new Channels(rs.getString("email"), rs.getString("webhook_url"),
                        rs.getString("webhook_kind") == null ? null : WebhookKind.valueOf(rs.getString("webhook_kind")),
                        rs.getString("webhook_secret")))
                .optional().orElse(Channels.NONE);
    }

    public void save(long accountId, String email, String webhookUrl, WebhookKind kind, String secret) {
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > 200 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new RuleViolationException("邮箱地址格式不正确");
        }
        if (mail != null && !mailConfigured) {
            throw new RuleViolationException("本系统未配置邮件服务器，暂不能用邮件提醒（请联系系统管理员）");
        }
        String url = blankToNull(webhookUrl);
        if (url != null) {
            checkWebhook(url);
            if (kind == null) {
                throw new RuleViolationException("请选择机器人类型（企业微信/政务微信或钉钉）");
            }
        }
        String key = blankToNull(secret);
        Channels before = of(accountId);
        if (key == null && url != null && url.equals(before.webhookUrl())) {
            key = before.webhookSecret(); // the page never shows the secret back: an empty field keeps it
        }
        if (key != null && key.length() > 200) {
            throw new RuleViolationException("加签密钥过长");
        }
        jdbc.sql("""
                        insert into notifications.channel (account_id, email, webhook_url, webhook_kind, webhook_secret)
                        values (?,?,?,?,?) on conflict (account_id) do update set email = excluded.email,
                          webhook_url = excluded.webhook_url, webhook_kind = excluded.webhook_kind,
                          webhook_secret = excluded.webhook_secret""")
                .params(accountId, mail, url, url == null ? null : kind.name(), url == null ? null : key).update();
    }

    private void checkWebhook(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("机器人地址不是有效的网址");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
        if (url.length() > 500 || !(scheme.equals("https") || scheme.equals("http")) || !allowedHosts.contains(host)) {
            throw new RuleViolationException("机器人地址须为本系统允许的地址（" + String.join("、", allowedHosts) + "）");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
