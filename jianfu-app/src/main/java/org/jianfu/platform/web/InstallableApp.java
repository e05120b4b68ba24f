package org.jianfu.platform.web;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The pieces that make Jianfu an installable, offline-capable app (PWA): the manifest, the service
 * worker, its icons and the offline page are public (a phone fetches them without a session) and
 * carry no user data. Everything else stays behind the login chain of the identity module.
 */
@Configuration(proxyBeanMethods = false)
class InstallableApp {

    @Bean
    @Order(0)
    SecurityFilterChain installableAppFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/manifest.webmanifest", "/sw.js", "/offline.html", "/icons/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> manifestMimeType() {
        return factory -> {
            MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
            mappings.add("webmanifest", "application/manifest+json");
            factory.setMimeMappings(mappings);
        };
    }
}
