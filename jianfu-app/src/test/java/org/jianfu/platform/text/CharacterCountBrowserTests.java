package org.jianfu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The draft form's live 字数 (the page script) and the server's {@link CharacterCount} agree. */
@BrowserTest
class CharacterCountBrowserTests {

    /** Han characters, an astral character (two UTF-16 units), every kind of space and line break. */
    static final String TRICKY = "关于 做好\t春耕\r\n工作的通知𠀀𠀁。 \u3000第一条\u00a0a1，\u2003（二）\u2028\ufeff结束\n";

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void theFormCountsWhatTheGateCounts() {
        try (PhoneBrowser b = PhoneBrowser.open(port).signIn("620102.gov-office.clerk")) {
            b.go("/documents/new");
            b.find("#body");
            b.script("const t = document.getElementById('body'); t.value = arguments[0];"
                    + " t.dispatchEvent(new Event('input', {bubbles: true}));", TRICKY);
            assertThat(b.text("#count")).isEqualTo(String.valueOf(CharacterCount.of(TRICKY)));
        }
        assertThat(CharacterCount.of(TRICKY)).isEqualTo(25);
    }
}
