package org.jianfu.documents.internal.attachments;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jianfu.documents.internal.Document;
import org.jianfu.documents.internal.DocumentAccess;
import org.jianfu.documents.internal.DocumentFlow;
import org.jianfu.documents.internal.DraftForm;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 附件 of a document, and uploaded drafts whose text becomes the body. */
@Service
@Transactional
public class Attachments {

    public record Info(long id, String fileName, String contentType, long sizeBytes) {
    }

    public record File(String fileName, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final DocumentAccess access;
    private final DocumentFlow flow;
    private final UploadRules rules;

    Attachments(JdbcClient jdbc, DocumentAccess access, DocumentFlow flow,
                @Value("${jianfu.documents.upload.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.flow = flow;
        this.rules = new UploadRules(maxBytes);
    }

    /** Replaces the draft's body with the text of an uploaded .docx, .pdf or .txt; returns its 字数. */
    public int useDraft(Actor actor, long documentId, String fileName, byte[] content) {
        Document d = access.forIssuer(actor, documentId, Set.of(Role.CLERK));
        if (!d.editable()) {
            throw new RuleViolationException("只有起草中的公文可以上传文稿");
        }
        String text = DraftText.extract(rules.check(fileName, content, true), content, fileName);
        DraftForm form = DraftForm.of(d);
        form.setBody(text);
        flow.update(actor, documentId, form);
        return org.jianfu.platform.text.CharacterCount.of(text);
    }

    public long add(Actor actor, long documentId, String fileName, byte[] content) {
        Document d = access.forIssuer(actor, documentId, Set.of(Role.CLERK));
        if (!d.editable()) {
            throw new RuleViolationException("只有起草中的公文可以添加附件");
        }
        String ext = rules.check(fileName, content, false);
        return jdbc.sql("""
                        insert into documents.attachment (document_id, file_name, content_type, size_bytes, content)
                        values (?,?,?,?,?) returning id""")
                .params(documentId, fileName, contentType(ext), content.length, content).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Info> of(long documentId) {
        return jdbc.sql("select id, file_name, content_type, size_bytes from documents.attachment where document_id = ? order by id")
                .param(documentId).query(Info.class).list();
    }

    @Transactional(readOnly = true)
    public File file(Actor actor, long documentId, long attachmentId) {
        access.readable(actor, documentId);
        Optional<File> file = jdbc.sql("""
                        select file_name, content_type, content from documents.attachment where id = ? and document_id = ?""")
                .params(attachmentId, documentId).query(File.class).optional();
        return file.orElseThrow(() -> new NotFoundException("附件不存在: " + attachmentId));
    }

    static String contentType(String ext) {
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "png" -> "image/png";
            case "jpg" -> "image/jpeg";
            default -> "text/plain;charset=UTF-8";
        };
    }
}
