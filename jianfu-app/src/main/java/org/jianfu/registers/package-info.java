/**
 * 台账: the 2024 rules' other burdens as registers with approval and a reason — 责任书/责任状 signed
 * with lower levels, 一票否决 items, 创建示范/评比 activities, 借调 of cadres from county level and
 * below — counted against the 2018 base year; and the 乡镇履职事项清单, against which tasks assigned
 * to a township are checked (属地管理 may not push responsibility down). Publishes
 * {@link org.jianfu.registers.RegisterEntryApproved} and {@link org.jianfu.registers.TaskOutsideDutyListAssigned}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "台账 registers")
package org.jianfu.registers;
