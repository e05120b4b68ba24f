package org.jianfu.documents.internal.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.attachments.Attachments;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Print/PDF of a document and downloads of its attachments, for everyone who may read it. */
@Controller
@PreAuthorize("isAuthenticated()")
class ExportController {

    private final DocumentAccess access;
    private final DocumentPdf pdf;
    private final Attachments attachments;
    private final Organization organization;

    ExportController(DocumentAccess access, DocumentPdf pdf, Attachments attachments, Organization organization) {
        this.access = access;
        this.pdf = pdf;
        this.attachments = attachments;
        this.organization = organization;
    }

    @GetMapping("/documents/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long documentId, Actor actor) {
        Document d = access.readable(actor, documentId);
        Unit issuer = access.issuer(d);
        String mark = d.coIssuerIds().isEmpty() ? issuer.name() + "文件"
                : issuer.name() + "　" + String.join("　", organization.units(d.coIssuerIds()).stream().map(Unit::name).toList())
                + "文件";
        byte[] bytes = pdf.render(d, new DocumentPdf.Names(issuer.name(), mark, names(d.mainRecipientIds()),
                names(d.copyRecipientIds()), attachments.of(documentId).stream().map(Attachments.Info::fileName).toList()));
        return file(d.title() + ".pdf", MediaType.APPLICATION_PDF_VALUE, bytes, true);
    }

    @GetMapping("/documents/{documentId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long documentId, @PathVariable long attachmentId, Actor actor) {
        Attachments.File f = attachments.file(actor, documentId, attachmentId);
        return file(f.fileName(), f.contentType(), f.content(), false);
    }

    private java.util.List<String> names(java.util.List<Long> ids) {
        return organization.units(ids).stream().map(Unit::name).toList();
    }

    private static ResponseEntity<byte[]> file(String name, String type, byte[] bytes, boolean inline) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
                .body(bytes);
    }
}
