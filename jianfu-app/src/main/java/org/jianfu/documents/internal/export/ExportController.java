package org.jianfu.documents.internal.export;

import java.time.Clock;
import java.util.List;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.attachments.Attachments;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.web.DownloadNames;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Print/PDF and OFD of a document and downloads of its attachments, for everyone who may read it. */
@Controller
@PreAuthorize("isAuthenticated()")
class ExportController {

    /** GB/T 33190 names no media type; this is the one OFD readers and 电子公文 systems use. */
    static final String OFD = "application/ofd";

    private final DocumentAccess access;
    private final DocumentPdf pdf;
    private final DocumentOfd ofd;
    private final Attachments attachments;
    private final Organization organization;

    private final Clock clock;

    ExportController(DocumentAccess access, DocumentPdf pdf, DocumentOfd ofd, Attachments attachments,
            Organization organization, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.pdf = pdf;
        this.ofd = ofd;
        this.attachments = attachments;
        this.organization = organization;
    }

    @GetMapping("/documents/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long documentId, Actor actor) {
        Document d = access.readable(actor, documentId);
        return file(fileName(d) + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf.render(d, names(d)), true);
    }

    /** OFD for 电子公文 systems and archives; named by 文号 as they file it (the title while a draft has none). */
    @GetMapping("/documents/{documentId}/ofd")
    ResponseEntity<byte[]> ofd(@PathVariable long documentId, Actor actor) {
        Document d = access.readable(actor, documentId);
        return file(fileName(d) + ".ofd", OFD, ofd.render(d, names(d)), false);
    }

    @GetMapping("/documents/{documentId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long documentId, @PathVariable long attachmentId, Actor actor) {
        Attachments.File f = attachments.file(actor, documentId, attachmentId);
        return file(f.fileName(), f.contentType(), f.content(), false);
    }

    /** Named by 文号 as archives file it; a draft has none yet, so its title (shortened by {@link DownloadNames}). */
    private static String fileName(Document d) {
        return d.documentNumber() != null ? d.documentNumber() : d.title();
    }

    private DocumentLayout.Names names(Document d) {
        Unit issuer = access.issuer(d);
        String mark = d.coIssuerIds().isEmpty() ? issuer.name() + "文件"
                : issuer.name() + "　" + String.join("　", names(d.coIssuerIds())) + "文件";
        return new DocumentLayout.Names(issuer.name(), mark, names(d.mainRecipientIds()), names(d.copyRecipientIds()),
                attachments.of(d.id()).stream().map(Attachments.Info::fileName).toList(), java.time.LocalDate.now(clock));
    }

    private List<String> names(List<Long> ids) {
        return organization.units(ids).stream().map(Unit::name).toList();
    }

    private static ResponseEntity<byte[]> file(String name, String type, byte[] bytes, boolean inline) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.header(inline, name))
                .body(bytes);
    }
}
