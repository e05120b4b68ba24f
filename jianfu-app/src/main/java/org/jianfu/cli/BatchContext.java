package org.jianfu.cli;

import java.util.Map;
import org.jianfu.JianfuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server, for commands that work on the database and exit. */
final class BatchContext {

    private BatchContext() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions database) {
        Map<String, Object> properties = database.properties();
        properties.put("jianfu.demo.auto", false);
        SpringApplication app = new SpringApplication(JianfuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        return app.run(DatabaseOptions.asArguments(properties));
    }
}
