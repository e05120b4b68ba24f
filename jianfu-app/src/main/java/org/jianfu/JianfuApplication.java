package org.jianfu;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Jianfu server. It is started by the command line ({@code org.jianfu.cli.JianfuMain}, {@code ./jianfu serve}). */
@SpringBootApplication
@EnableScheduling
public class JianfuApplication {
}
