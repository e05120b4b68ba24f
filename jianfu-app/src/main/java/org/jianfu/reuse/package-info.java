/**
 * 查重: every draft is checked against the laws corpus and all documents in Jianfu (higher-level,
 * peers, the unit's own) before it can be issued; copied passages are shown beside their sources,
 * and a yearly audit ranks the issued documents by copy ratio. Built on the {@code jianfu-reuse} engine
 * ({@code org.jianfu.reuse.engine}, internal to this module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "查重 reuse",
        allowedDependencies = {"platform", "organization", "documents", "documents :: spi", "demo", "audit"})
package org.jianfu.reuse;
