package org.jianfu.audit.internal;

import java.nio.file.Path;

/** Where the audit log keeps what must not live in the database: the key file and the checkpoints. */
record AuditFolder(Path path) {
}
