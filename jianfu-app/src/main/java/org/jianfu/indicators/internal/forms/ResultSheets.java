package org.jianfu.indicators.internal.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.indicators.internal.requests.DataRequest;
import org.jianfu.indicators.internal.requests.RequestField;
import org.jianfu.indicators.internal.requests.RequestRepository;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's results for the requesting department: one row per target unit, one column per field,
 * including fields it reads from shared data, each value in the field's own unit.
 */
@Service
class ResultSheets {

    private final JdbcClient jdbc;
    private final RequestRepository requests;
    private final Organization organization;
    private final Units units;

    ResultSheets(JdbcClient jdbc, RequestRepository requests, Organization organization, Units units) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.organization = organization;
        this.units = units;
    }

    private record Stored(String value, String unitOfMeasure) {
    }

    @Transactional(readOnly = true)
    byte[] write(DataRequest request) {
        List<RequestField> fields = requests.fields(request.id());
        Map<Long, Timestamp> submitted = new HashMap<>();
        jdbc.sql("select unit_id, submitted_at from indicators.request_target where request_id = ?").param(request.id())
                .query(rs -> {
                    submitted.put(rs.getLong("unit_id"), rs.getTimestamp("submitted_at"));
                });
        Map<String, Stored> answers = new HashMap<>();
        jdbc.sql("""
                        select a.unit_id, a.match_key, a.value_period, a.value, a.unit_of_measure
                        from indicators.answer a join indicators.request_target t on t.unit_id = a.unit_id
                        where t.request_id = ? and a.match_key = any(?)""")
                .params(request.id(), fields.stream().map(RequestField::matchKey).distinct().toArray(String[]::new))
                .query(rs -> {
                    answers.put(rs.getLong("unit_id") + "|" + rs.getString("match_key") + "|" + rs.getString("value_period"),
                            new Stored(rs.getString("value"), rs.getString("unit_of_measure")));
                });
        List<Unit> targets = organization.units(submitted.keySet());
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("汇总");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("单位");
            header.createCell(1).setCellValue("报送时间");
            for (int i = 0; i < fields.size(); i++) {
                RequestField f = fields.get(i);
                header.createCell(i + 2).setCellValue(f.label() + (f.reused() ? "（共享）" : ""));
            }
            int r = 1;
            for (Unit unit : targets) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(unit.name());
                Timestamp at = submitted.get(unit.id());
                row.createCell(1).setCellValue(at == null ? "未报送" : at.toLocalDateTime().toLocalDate().toString());
                for (int i = 0; i < fields.size(); i++) {
                    RequestField f = fields.get(i);
                    Stored stored = answers.get(unit.id() + "|" + f.matchKey() + "|"
                            + ValuePeriods.of(f.period(), request.formMonth()));
                    if (stored != null) {
                        row.createCell(i + 2).setCellValue(units.convert(stored.value(), stored.unitOfMeasure(),
                                f.unitOfMeasure()));
                    }
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("无法生成 Excel", e);
        }
    }
}
