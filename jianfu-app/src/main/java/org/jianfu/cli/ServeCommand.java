package org.jianfu.cli;

import java.util.Map;
import org.jianfu.JianfuApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web server (demo data is loaded on the first start of an empty database).")
class ServeCommand implements Runnable {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--no-demo", description = "do not load demo data into an empty database")
    boolean noDemo;

    @Mixin
    DatabaseOptions database;

    @Override
    public void run() {
        Map<String, Object> properties = database.properties();
        properties.put("server.port", port);
        if (noDemo) {
            properties.put("jianfu.demo.auto", false);
        }
        SpringApplication app = new SpringApplication(JianfuApplication.class);
                app.run(DatabaseOptions.asArguments(properties));
    }
}
