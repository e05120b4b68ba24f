package org.jianfu.notifications.internal.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two robot formats; the 钉钉 signature checked against one computed outside Java (Python's hmac). */
class WebhookMessageTests {

    @Test
    void dingTalkSignsTheTimestampWithTheSecret() {
        WebhookMessage m = WebhookMessage.of(WebhookKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=t",
                "SECtestsecret123", "催办：请于今日办结", 1700000000000L);
        assertThat(m.url()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000"
                + "&sign=Y4At%2BTruAh3C4rXZwD748s2rqrapbJWKRagqLANB690%3D");
        assertThat(m.json()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"催办：请于今日办结\"}}");
    }

    @Test
    void weComTakesTheTextAsItIsWithQuotesAndLineBreaksEscaped() {
        WebhookMessage m = WebhookMessage.of(WebhookKind.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
                "ignored", "《关于\"三夏\"生产的通知》\n待承办", 1L);
        assertThat(m.url()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k");
        assertThat(m.json()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"《关于\\\"三夏\\\"生产的通知》\\n待承办\"}}");
    }

    @Test
    void backOffGrowsFourfoldFromThirtySeconds() {
        assertThat(Outbox.backOff(1)).hasSeconds(30);
        assertThat(Outbox.backOff(2)).hasSeconds(120);
        assertThat(Outbox.backOff(5)).hasSeconds(30 * 256);
    }
}
