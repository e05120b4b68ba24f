/**
 * 减负监测: the burden that lands on each township and village (基层负担指数), measured from the other
 * modules' events, with dashboards, results reports and the benchmark. Each source is one small
 * listener in {@code internal.sources} that turns an event into burden facts; the rollups do not care
 * where a fact came from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "减负监测 monitoring")
package org.jianfu.monitoring;
