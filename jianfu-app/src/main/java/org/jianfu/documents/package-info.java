/**
 * 公文: drafting, review, signing, issuing (文号), paperless distribution and receipt. Before a
 * document goes out, every {@link org.jianfu.documents.spi.IssueCheck} contributed by other modules
 * (quota, 查重 ...) is asked; documents knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公文 documents")
package org.jianfu.documents;
