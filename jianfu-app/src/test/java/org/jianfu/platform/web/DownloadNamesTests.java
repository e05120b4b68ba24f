package org.jianfu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNamesTests {

    @Test
    void aHugeTitleBecomesAShortNameWithItsExtension() {
        String header = DownloadNames.header(false, "标题".repeat(50_000) + ".pdf");
        assertThat(header).hasSizeLessThan(500).startsWith("attachment; filename=\"").endsWith(".pdf")
                .contains("filename*=UTF-8''%E6%A0%87");
    }

    @Test
    void quotesControlsAndPathsCannotBreakTheHeader() {
        String header = DownloadNames.header(true, "a\"b\r\nSet-Cookie: x=1/..\\c.ofd");
        assertThat(header).startsWith("inline; ").doesNotContain("\r").doesNotContain("\n").doesNotContain("/")
                .doesNotContain("\\").endsWith(".ofd");
        assertThat(header.substring(header.indexOf('"') + 1, header.lastIndexOf('"'))).doesNotContain("\"");
    }

    @Test
    void aDocumentNumberKeepsItsName() {
        assertThat(DownloadNames.header(false, "城关政办发〔2019〕12号.ofd"))
                .contains("filename*=UTF-8''%E5%9F%8E%E5%85%B3%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942019%E3%80%9512%E5%8F%B7.ofd");
    }
}
