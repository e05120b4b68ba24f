package org.jianfu.reuse.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.documents.Documents;
import org.jianfu.organization.Organization;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.time.Years;
import org.jianfu.reuse.DocumentReuseChecked;
import org.jianfu.reuse.ReuseAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Checks each issued document only against the laws and the documents issued before it, so an
 * original is never reported as a copy of the documents that later copied it.
 */
@Service
class BatchAudit implements ReuseAudit {

    private final Documents documents;
    private final Organization organization;
    private final CopyJudgement judgement;
    private final CheckResults results;
    private final ApplicationEventPublisher events;

    private final Years years;

    BatchAudit(Documents documents, Organization organization, CopyJudgement judgement, CheckResults results,
               ApplicationEventPublisher events, Years years) {
        this.years = years;
        this.documents = documents;
        this.organization = organization;
        this.judgement = judgement;
        this.results = results;
        this.events = events;
    }

    @Override
    public Summary run(int year, String divisionCode, Progress progress) {
        if (divisionCode != null && organization.division(divisionCode).isEmpty()) {
            throw new NotFoundException("行政区划不存在: " + divisionCode);
        }
        Map<String, Integer> issuingOrder = issuingOrder(year);
        List<Long> audited = documents.issuedIn(year, divisionCode);
        progress.started(audited.size());
        int copying = 0;
        for (long id : audited) {
            var text = documents.text(id);
            if (text.isPresent()) {
                int position = issuingOrder.getOrDefault(IndexHolder.documentKey(id), Integer.MAX_VALUE);
                CopyFinding finding = judgement.judge(id, text.get().issuingUnitId(), year, text.get().body(),
                        key -> key.startsWith(IndexHolder.LAW_PREFIX) || issuingOrder.getOrDefault(key, Integer.MAX_VALUE) < position);
                results.save(finding, "AUDIT", text.get().body());
                events.publishEvent(new DocumentReuseChecked(id, finding.issuingUnitId(), year, finding.report().copyRatio(),
                        finding.topShare(), finding.topRelation(), finding.copying()));
                copying += finding.copying() ? 1 : 0;
            }
            progress.advanced();
        }
        return new Summary(audited.size(), copying);
    }

    /** Index keys of all documents issued up to the end of {@code year}, in issuing order. */
    private Map<String, Integer> issuingOrder(int year) {
        Map<String, Integer> order = new HashMap<>();
        int position = 0;
        for (int y = years.base(); y <= Math.min(year, years.current()); y++) {
            for (long id : documents.issuedIn(y, null)) {
                order.put(IndexHolder.documentKey(id), position++);
            }
        }
        return order;
    }

    @Override
    public void exportXlsx(int year, String divisionCode, OutputStream out) throws IOException {
        var division = organization.division(divisionCode).orElseThrow(() -> new NotFoundException("行政区划不存在: " + divisionCode));
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(year + "年照抄照搬");
            String[] header = {"排名", "文件", "发文单位", "复制比", "最大来源", "来源类别", "来源占比", "结论"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            for (var found : results.ranked(year, division.path(), 100_000)) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(documents.text(found.documentId()).map(d -> d.title()).orElse("#" + found.documentId()));
                row.createCell(2).setCellValue(organization.unit(found.issuingUnitId()).map(u -> u.name()).orElse(""));
                row.createCell(3).setCellValue(found.copyRatio());
                row.createCell(4).setCellValue(found.topSourceTitle() == null ? "" : found.topSourceTitle());
                row.createCell(5).setCellValue(found.topRelation() == null ? ""
                        : SourceTexts.Relation.valueOf(found.topRelation()).label);
                row.createCell(6).setCellValue(found.topShare());
                row.createCell(7).setCellValue("BLOCK".equals(found.verdict()) ? "照抄照搬" : "WARN".equals(found.verdict()) ? "需关注" : "正常");
                r++;
            }
            book.write(out);
        }
    }
}
