package org.jianfu.monitoring.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BurdenSettings.class)
class MonitoringConfiguration {
}
