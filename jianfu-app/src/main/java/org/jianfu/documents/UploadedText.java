package org.jianfu.documents;

import org.jianfu.documents.internal.attachments.DraftText;
import org.jianfu.documents.internal.attachments.UploadRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The text of an uploaded file, read the way an uploaded draft is (.docx, .pdf with a text layer, .txt in
 * UTF-8 or GB18030; .md as text), under the same size and type rules. Other modules (the 查重 reference
 * library) use it so that one reader decides what a file says.
 */
@Component
public class UploadedText {

    private final UploadRules rules;

    UploadedText(@Value("${jianfu.documents.upload.max-bytes:20971520}") long maxBytes) {
        this.rules = new UploadRules(maxBytes);
    }

    /**
     * One paragraph per line; throws {@link org.jianfu.platform.RuleViolationException} with a Chinese
     * reason (empty, too large, wrong type, encrypted, unreadable, no text).
     */
    public String of(String fileName, byte[] content) {
        boolean markdown = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
        String ext = rules.check(markdown ? fileName.substring(0, fileName.length() - 3) + ".txt" : fileName, content, true);
        return DraftText.extract(ext, content, fileName);
    }
}
