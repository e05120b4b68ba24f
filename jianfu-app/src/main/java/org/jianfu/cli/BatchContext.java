package org.jianfu.cli;

import java.util.Map;
import org.jianfu.JianfuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server, for commands that work on the database and exit. */
final class BatchContext {

    private BatchContext() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions database) {
        Map<String, Object> properties = database.properties();
        properties.put("jianfu.demo.auto", false);
        // a web context without a listening server: the security configuration needs the web
        // infrastructure (HttpSecurity), which a NONE context lacks; port -1 opens no port
        properties.put("server.port", -1);
        SpringApplication app = new SpringApplication(JianfuApplication.class);
        app.setLogStartupInfo(false);
        return app.run(DatabaseOptions.asArguments(properties));
    }
}
