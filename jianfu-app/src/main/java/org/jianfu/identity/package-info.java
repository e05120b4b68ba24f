/**
 * 账号与登录: accounts, roles, login with throttling and lockout, and the security rules.
 * Every account belongs to one unit; its data scope follows from its role (see {@code platform.Actor}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "账号与登录 identity")
package org.jianfu.identity;
