/**
 * 组织机构: Gansu's divisions (province → prefecture → county → township → village) and the
 * units (机关单位) that belong to them. The tree is imported on first start; every other module
 * refers to divisions by code and to units by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构 organization")
package org.jianfu.organization;
