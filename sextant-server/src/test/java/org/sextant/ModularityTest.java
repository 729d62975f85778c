package org.sextant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Feature boundaries hold: modules use only each other's top-level API and form no cycles. */
class ModularityTest {

    /** The server's feature modules; the engine and interchange libraries share the base package but are not features. */
    static final ApplicationModules MODULES = ApplicationModules.of(SextantApplication.class,
            JavaClass.Predicates.resideInAnyPackage("org.sextant.engine..", "org.sextant.interchange.."));

    @Test
    void featureModulesRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void controllersAreNotCalledByOtherCode() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sextant");
        noClasses().that().resideOutsideOfPackages("..api..", "..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sextant.*.api..", "org.sextant.*.web..")
                .because("controllers translate HTTP to calls of a feature's API; nothing depends on them")
                .check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
