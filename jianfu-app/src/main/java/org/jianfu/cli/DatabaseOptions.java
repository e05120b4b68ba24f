package org.jianfu.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives: the embedded PostgreSQL under a data folder, or an external PostgreSQL 15. */
class DatabaseOptions {

    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (default: embedded, or $JIANFU_DB_URL)")
    String url = System.getenv("JIANFU_DB_URL");

    @Option(names = "--db-user", description = "user of the external database (default: $JIANFU_DB_USER)")
    String user = System.getenv("JIANFU_DB_USER");

    @Option(names = "--db-password", description = "password of the external database (default: $JIANFU_DB_PASSWORD)")
    String password = System.getenv("JIANFU_DB_PASSWORD");

    @Option(names = "--data-dir", description = "folder of the embedded database (default: ./data)")
    Path dataDir;

    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (url != null && !url.isBlank()) {
            p.put("spring.datasource.url", url);
            if (user != null) {
                p.put("spring.datasource.username", user);
            }
            if (password != null) {
                p.put("spring.datasource.password", password);
            }
        }
        if (dataDir != null) {
            p.put("jianfu.database.data-dir", dataDir.resolve("pg").toAbsolutePath().toString());
            p.put("jianfu.audit.dir", dataDir.resolve("audit").toAbsolutePath().toString());
        }
        return p;
    }

    /** Properties as {@code --key=value} arguments, which outrank application.yml (default properties do not). */
    static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
