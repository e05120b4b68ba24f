/**
 * 基层减负观察点 and 获得感 survey: grassroots cadres report where the burden still is, anonymously,
 * and answer a short quarterly survey. Nothing stored links a report or an answer to its author:
 * see {@code docs/feedback-anonymity.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "基层减负观察点 feedback")
package org.jianfu.feedback;
