/**
 * 发文限额: yearly caps on the documents each unit sends to lower levels, by rules per region and
 * year ("cut X% against base year B", 只减不增). Contributes the {@code quota} check to the 公文 gate,
 * reserving a slot inside the issuing transaction, and counts issued documents from {@code DocumentIssued}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "发文限额 quota")
package org.jianfu.quota;
