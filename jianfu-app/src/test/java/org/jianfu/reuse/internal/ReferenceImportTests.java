package org.jianfu.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.reuse.ReferenceImport;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.UniqueProse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./jianfu reference import}: every file imported or named with a reason, and a rerun imports nothing twice. */
@JianfuTest
class ReferenceImportTests {

    @Autowired
    ReferenceImport imports;

    @Autowired
    DocumentsDriver api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFolderIsImportedOnceWithItsSheetAndEveryRefusedFileIsNamed(@TempDir Path folder) throws Exception {
        String a = UniqueProse.of(new Random(301), 1400);
        Files.writeString(folder.resolve("metadata.csv"), """
                file,标题,文号,发文机关,层级,日期
                a.txt,关于深化营商环境改革的实施意见,甘政办发〔2026〕21号,甘肃省人民政府办公厅,省,2026-03-05
                missing.txt,关于不存在文件的通知,,甘肃省人民政府,省,
                """);
        Files.writeString(folder.resolve("a.txt"), a);
        Files.writeString(folder.resolve("same.txt"), a);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.md"), "关于加强档案管理的通知\n" + UniqueProse.of(new Random(302), 900));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("bad.exe"), new byte[]{'M', 'Z', 0, 1});
        Files.write(folder.resolve("c.docx"), "PK\u0003\u0004not a real document".getBytes(StandardCharsets.ISO_8859_1));
        long owner = api.unit("62", "gov-office").id();
        List<String> seen = new ArrayList<>();

        ReferenceImport.Summary first = imports.importFolder(folder, owner, true, null, null, progress(seen));
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.skipped()).as("same.txt has a.txt's text").isEqualTo(1);
        assertThat(first.refused()).extracting(ReferenceImport.Refused::file)
                .containsExactlyInAnyOrder("missing.txt", "empty.txt", "bad.exe", "c.docx");
        assertThat(first.refused()).filteredOn(r -> r.file().equals("bad.exe")).first()
                .extracting(ReferenceImport.Refused::reason).asString().contains("不支持的文件类型 .exe");
        assertThat(first.refused()).filteredOn(r -> r.file().equals("missing.txt")).first()
                .extracting(ReferenceImport.Refused::reason).asString().contains("文件夹中没有这个文件");
        assertThat(seen).hasSize(6);

        var imported = jdbc.sql("select title, document_number, level, issued_on::text, source from reuse.reference_document"
                + " where file_name = 'a.txt' and owner_unit_id = ?").param(owner).query().listOfRows();
        assertThat(imported).hasSize(1);
        assertThat(imported.getFirst()).containsEntry("title", "关于深化营商环境改革的实施意见")
                .containsEntry("document_number", "甘政办发〔2026〕21号").containsEntry("level", "PROVINCE")
                .containsEntry("issued_on", "2026-03-05").containsEntry("source", "IMPORTED");
        assertThat(jdbc.sql("select title from reuse.reference_document where file_name = 'sub/b.md'").query(String.class).single())
                .as("a file the sheet does not describe is titled by its first line").isEqualTo("关于加强档案管理的通知");
        assertThat(api.post("620102.gov-office.clerk", "/api/v1/reuse/check", "{\"text\":\"" + ReuseGateTests.escape(a) + "\"}")
                .getResponse().getContentAsString()).contains("关于深化营商环境改革的实施意见");

        ReferenceImport.Summary again = imports.importFolder(folder, owner, true, null, null, progress(new ArrayList<>()));
        assertThat(again.imported()).as("a rerun imports nothing twice").isZero();
        assertThat(again.skipped()).isEqualTo(3);
    }

    @Test
    void aSheetWithABadLevelImportsNothing(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("metadata.csv"), "file,标题,层级\nx.txt,关于某事的通知,国家级\n");
        Files.writeString(folder.resolve("x.txt"), UniqueProse.of(new Random(303), 500));
        long owner = api.unit("62", "gov-office").id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.importFolder(folder, owner, true, null, null,
                        progress(new ArrayList<>())))
                .hasMessageContaining("第 2 行的层级“国家级”无法识别");
        assertThat(jdbc.sql("select count(*) from reuse.reference_document where file_name = 'x.txt'").query(Long.class).single())
                .isZero();
    }

    private static ReferenceImport.Progress progress(List<String> seen) {
        return new ReferenceImport.Progress() {
            public void started(long files) {
            }

            public void advanced(String file) {
                seen.add(file);
            }
        };
    }
}
