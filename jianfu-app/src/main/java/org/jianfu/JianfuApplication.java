package org.jianfu;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JianfuApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(JianfuApplication.class, args);
    }
}
