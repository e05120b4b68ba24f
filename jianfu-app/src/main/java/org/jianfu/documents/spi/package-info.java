/** The gate before issuing: checks other modules contribute (quota, length, 查重). */
@org.springframework.modulith.NamedInterface("spi")
package org.jianfu.documents.spi;
