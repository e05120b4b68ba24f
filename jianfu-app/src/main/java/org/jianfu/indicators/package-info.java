/**
 * 一表通: the indicator registry (指标库), data requests (填报任务) checked for duplicate fields
 * with the field matcher ({@code org.jianfu.indicators.matching}), and the one merged form a
 * township or village fills per month. Publishes {@link org.jianfu.indicators.DataRequestSent}
 * and {@link org.jianfu.indicators.FormSubmitted}; {@link org.jianfu.indicators.FormBurdens} gives counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "一表通 indicators")
package org.jianfu.indicators;
