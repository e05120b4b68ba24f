package org.jianfu;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * The engines' own command lines (查重, 一表通 matching) are mounted by {@code ./jianfu} beside the
     * server's commands; no module calls them, so they are left out of the module model.
     */
    private final ApplicationModules modules = ApplicationModules.of(JianfuApplication.class,
            resideInAnyPackage("org.jianfu.reuse.engine.cli..", "org.jianfu.indicators.matching.cli.."));

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApisAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
