package nl.vroegsignaal.fairness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FairnessDependenciesTest {

    @Test
    void fairnessDependsOnNoLaterStage() {
        // the rule reads only the names of dependencies, so library classes need not be resolved (saves seconds)
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages("nl.vroegsignaal");
            noClasses().that().resideInAPackage("nl.vroegsignaal.fairness..")
                    .should().dependOnClassesThat().resideInAnyPackage("nl.vroegsignaal.report..",
                            "nl.vroegsignaal.pipeline..", "nl.vroegsignaal.cli..")
                    .check(classes);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }
}
