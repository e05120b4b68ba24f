/**
 * Cross-cutting pieces every module may use: the acting user ({@link org.jianfu.platform.Actor}),
 * roles, menu contributions, error rendering and the embedded database. Uses no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jianfu.platform;
