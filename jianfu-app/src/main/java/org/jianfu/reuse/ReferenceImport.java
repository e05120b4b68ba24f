package org.jianfu.reuse;

import java.nio.file.Path;
import java.util.List;

/**
 * Bulk import into the 参照文件库 ({@code ./jianfu reference import PATH}): every .txt, .md, .docx and .pdf file
 * under a folder, with an optional metadata sheet ({@code metadata.csv}: file, 标题, 文号, 发文机关, 层级, 日期).
 * Each file is imported in a transaction of its own and skipped when the owning unit already holds a document
 * with the same text (content hash), so a run killed half-way is simply run again.
 */
public interface ReferenceImport {

    /**
     * @param ownerUnitId   the unit that keeps the imported documents (its office, typically)
     * @param shareWithArea whether every unit in the owner's division subtree may read them
     * @param organ         the issuing organ of files the sheet does not describe (null: the owning unit)
     * @param level         their level by its label (中央, 国务院部门, 省, 市, 县, 乡; null: read from the organ's name)
     */
    Summary importFolder(Path folder, long ownerUnitId, boolean shareWithArea, String organ, String level, Progress progress);

    /** Progress of a run, for a progress bar: the number of files first, then one step per file. */
    interface Progress {
        void started(long files);

        void advanced(String file);
    }

    /** A file that was not imported, with the reason in Chinese (encrypted, empty, unreadable, unknown type, too large …). */
    record Refused(String file, String reason) {
    }

    record Summary(int imported, int skipped, List<Refused> refused) {
    }
}
