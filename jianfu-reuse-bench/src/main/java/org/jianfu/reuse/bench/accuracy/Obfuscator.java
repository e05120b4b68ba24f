package org.jianfu.reuse.bench.accuracy;

import java.util.Random;

/** One way people change text they copy. */
interface Obfuscator {
    String apply(String passage, Random random);
}
