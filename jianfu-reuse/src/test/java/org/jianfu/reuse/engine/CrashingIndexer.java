package org.jianfu.reuse.engine;

import java.nio.file.Path;
import java.util.Random;

/**
 * Run in a child JVM by {@link IndexCrashSafetyTests}: indexes forever, committing every
 * {@link #BATCH} documents and saying so on stdout, until it is killed.
 */
public final class CrashingIndexer {

    static final int BATCH = 20;

    private CrashingIndexer() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(1);
        try (ReuseIndex index = ReuseIndex.open(Path.of(args[0]), ReuseSettings.defaults())) {
            for (int i = 0; ; i++) {
                index.add("doc-" + i, OfficialTexts.original(random, 40));
                if ((i + 1) % BATCH == 0) {
                    index.commit();
                    System.out.println("committed " + (i + 1));
                    System.out.flush();
                }
            }
        }
    }
}
