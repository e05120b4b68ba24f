package org.jianfu.demo;

/** Loaders run stage by stage: people need units, work needs people. */
public enum DemoStage {
    ORGANIZATION,
    PEOPLE,
    WORK,
    MONITORING
}
