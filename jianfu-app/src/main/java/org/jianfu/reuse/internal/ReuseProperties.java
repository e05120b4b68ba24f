package org.jianfu.reuse.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDir           where this node keeps its index files (documents are the source of truth)
 * @param blockShare         share from ONE higher-level source above which issuing is blocked (default 50%)
 * @param ownCopyShare       share from the unit's own earlier document that counts as re-issuing it
 * @param warnRatio          overall copy ratio shown as a warning
 * @param indexLaws          index the shipped laws corpus as higher-level documents
 * @param pollSeconds        how often to pick up documents issued on other nodes
 */
@ConfigurationProperties("jianfu.reuse")
record ReuseProperties(Path indexDir, double blockShare, double ownCopyShare, double warnRatio, boolean indexLaws,
                       int pollSeconds) {
}
