/**
 * Calendar contributions: a module with dated visits or events landing on units (inspections ...)
 * contributes a {@link org.jianfu.meetings.spi.CalendarSource} bean; the 日程 page merges them and
 * flags conflicts.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.jianfu.meetings.spi;
