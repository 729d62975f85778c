package org.sextant.engine.leveling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LevelingArchitectureTest {

    @Test
    void levelingDependsOnTheJdkOnly() {
        JavaClasses leveling = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sextant.engine.leveling");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.sextant.engine.leveling..")
                .check(leveling);
    }
}
