package org.sextant.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is pure Java: no framework, no database, no wall clock. */
@AnalyzeClasses(packages = "org.sextant.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineDependsOnTheJdkOnly = noClasses().that().resideInAPackage("org.sextant.engine..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.sextant.engine..", "java..", "javax.annotation..")
            .because("the engine is framework-free and usable from the CLI and any server (DESIGN.md)");

    @ArchTest
    static final ArchRule engineNeverReadsTheWallClock = noClasses().that().resideInAPackage("org.sextant.engine..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .because("results must be reproducible: take a status date or a Clock");
}
