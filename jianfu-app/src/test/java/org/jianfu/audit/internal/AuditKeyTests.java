package org.jianfu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTests {

    @TempDir
    Path folder;

    @Test
    void theFirstStartCreatesAKeyReadableByTheOwnerAloneAndLaterStartsReadTheSameOne() throws Exception {
        AuditKey first = AuditKey.of(null, folder.resolve("audit"));
        Path file = folder.resolve("audit").resolve(AuditKey.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.bytes()).hasSize(32);
        assertThat(AuditKey.of("", folder.resolve("audit")).bytes()).isEqualTo(first.bytes());
    }

    @Test
    void aConfiguredKeyWinsOverTheFileAndATooShortOneIsRefused() {
        byte[] configured = "a-key-from-the-environment-32-by".getBytes();
        assertThat(AuditKey.of(Base64.getEncoder().encodeToString(configured), folder).bytes()).isEqualTo(configured);
        assertThat(folder.resolve(AuditKey.FILE_NAME)).doesNotExist();
        assertThatThrownBy(() -> AuditKey.of(Base64.getEncoder().encodeToString(new byte[8]), folder))
                .hasMessageContaining("太短");
    }

    @Test
    void checkpointsAreSignedAndAnEditedLineIsToldApart() throws Exception {
        AuditKey key = AuditKey.of(null, folder);
        var checkpoints = new AuditCheckpoints(key, new AuditFolder(folder), java.time.Clock.systemUTC());
        checkpoints.write(7, "ab".repeat(32));
        checkpoints.write(7, "ab".repeat(32));
        assertThat(checkpoints.read()).singleElement().matches(AuditCheckpoints.Checkpoint::signed);

        Path file = folder.resolve(AuditCheckpoints.FILE_NAME);
        Files.writeString(file, Files.readString(file).replaceFirst("^7\t", "5\t"));
        assertThat(checkpoints.read()).singleElement().matches(c -> !c.signed());
    }
}
