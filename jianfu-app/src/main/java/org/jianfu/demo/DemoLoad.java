package org.jianfu.demo;

import java.util.List;

/** Runs the demo loaders that have not run yet on this database. */
public interface DemoLoad {

    /** Progress of the whole load, for a progress bar. */
    interface Listener {
        void loaderStarted(String name, long expectedSteps);

        void advanced(long steps);

        void loaderFinished(String name, long rows, boolean skipped);
    }

    /** Names of the loaders that have not yet run. */
    List<String> pending();

    void loadPending(Listener listener);
}
