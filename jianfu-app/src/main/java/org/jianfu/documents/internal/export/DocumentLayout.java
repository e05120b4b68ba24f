package org.jianfu.documents.internal.export;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.HeaderStyle;
import org.jianfu.documents.internal.Urgency;

/**
 * The GB/T 9704-2012 layout of a document, the same for PDF and OFD: 版头 (紧急程度, red 发文机关标志,
 * 发文字号, red rule), 主体 (标题, 主送, 正文, 附件说明, 署名, 成文日期) and 版记 (抄送, 印发机关 and 印发日期).
 * One font serves all (no 小标宋/仿宋 is freely installable); sizes follow the standard (二号, 三号, 四号).
 */
final class DocumentLayout {

    /** Everything the layout needs besides the document: names resolved by the caller. */
    record Names(String issuer, String issuerMark, List<String> main, List<String> copy, List<String> attachments,
                 LocalDate today) {
    }

    static final Color RED = new Color(0xD0, 0x10, 0x10);
    static final float SIZE_2 = 22, SIZE_3 = 16, SIZE_4 = 14;

    private DocumentLayout() {
    }

    static void write(PageWriter page, Document d, Names names) throws IOException {
        header(page, d, names);
        body(page, d, names);
        colophon(page, d, names);
        page.finish();
    }

    private static void header(PageWriter page, Document d, Names names) throws IOException {
        if (d.urgency() != Urgency.NORMAL) {
            page.line(d.urgency().label(), SIZE_3, Color.BLACK, -1);
        }
        switch (d.headerStyle()) {
            case RED -> page.line(names.issuerMark(), 30, RED, 0);
            case PLAIN -> page.line(names.issuerMark(), 26, Color.BLACK, 0);
            case MEMO -> page.line(names.issuer() + "便笺", SIZE_2, Color.BLACK, 0);
        }
        page.skip(12);
        page.line(d.documentNumber() != null ? d.documentNumber() : "（未编号）", SIZE_3, Color.BLACK, 0);
        page.rule(d.headerStyle() == HeaderStyle.RED ? RED : Color.BLACK, 1.5f);
        page.skip(12);
    }

    private static void body(PageWriter page, Document d, Names names) throws IOException {
        page.paragraph(d.title(), SIZE_2, 0, Color.BLACK, 0);
        page.skip(8);
        if (!names.main().isEmpty()) {
            page.paragraph(String.join("，", names.main()) + "：", SIZE_3, 0, Color.BLACK, -1);
        }
        for (String paragraph : d.body().split("\n")) {
            if (!paragraph.isBlank()) {
                page.paragraph(paragraph.strip(), SIZE_3, 2, Color.BLACK, -1);
            }
        }
        if (!names.attachments().isEmpty()) {
            page.skip(SIZE_3);
            for (int i = 0; i < names.attachments().size(); i++) {
                String prefix = i == 0 ? "　　附件：" : "　　　　　";
                page.paragraph(prefix + (names.attachments().size() > 1 ? (i + 1) + ". " : "") + names.attachments().get(i),
                        SIZE_3, 0, Color.BLACK, -1);
            }
        }
        page.skip(SIZE_3 * 2);
        page.line(names.issuer(), SIZE_3, Color.BLACK, 1);
        LocalDate written = d.writtenOn() != null ? d.writtenOn()
                : d.issuedAt() != null ? d.issuedAt().atZone(Beijing.ZONE).toLocalDate() : names.today();
        page.line(date(written), SIZE_3, Color.BLACK, 1);
    }

    private static void colophon(PageWriter page, Document d, Names names) throws IOException {
        page.skip(SIZE_3 * 2);
        page.rule(Color.BLACK, 1f);
        if (!names.copy().isEmpty()) {
            page.paragraph("抄送：" + String.join("，", names.copy()) + "。", SIZE_4, 0, Color.BLACK, -1);
            page.rule(Color.BLACK, 0.5f);
        }
        LocalDate issued = d.issuedAt() != null ? d.issuedAt().atZone(Beijing.ZONE).toLocalDate() : names.today();
        String printed = names.issuer() + "　　" + date(issued) + "印发";
        page.line(printed, SIZE_4, Color.BLACK, 0);
        page.rule(Color.BLACK, 1f);
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
