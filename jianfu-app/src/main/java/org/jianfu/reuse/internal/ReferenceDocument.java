package org.jianfu.reuse.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One document of the 参照文件库. Public with public methods: the pages call them.
 *
 * @param addressedPath the division subtree it was addressed to (every unit there may read it), or null
 * @param body          its text; empty for a scan without a text layer (then it is not in the 查重 corpus)
 */
public record ReferenceDocument(long id, String title, String documentNumber, String issuingOrgan, ReferenceLevel level,
                                LocalDate issuedOn, String source, String body, long ownerUnitId, String ownerUnitName,
                                String ownerPath, String addressedPath, Long incomingId, String fileName,
                                Instant createdAt, Instant withdrawnAt, String withdrawnReason) {

    /** Where it came from, as the page says it. */
    public String sourceLabel() {
        return switch (source) {
            case "INCOMING" -> "收文登记";
            case "IMPORTED" -> "批量导入";
            case "UPLOADED" -> "上传文件";
            case "DEMO" -> "示例数据";
            default -> "手工录入";
        };
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean hasText() {
        return !body.isBlank();
    }

    public int length() {
        return org.jianfu.platform.text.CharacterCount.of(body);
    }

    /** 标题（文号）: how the gate names it. */
    public String named() {
        return documentNumber == null || documentNumber.isBlank() ? title : title + "（" + documentNumber + "）";
    }

    /** May a unit of this division read it as an addressee (the owning unit always may)? */
    boolean addressedTo(String divisionPath) {
        return addressedPath != null && org.jianfu.platform.DivisionPaths.within(divisionPath, addressedPath);
    }
}
