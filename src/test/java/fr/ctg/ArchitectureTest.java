package fr.ctg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package-by-feature rules of DEVELOPERS.md: views go through services, a feature's internals
 * stay inside it, and features do not depend on each other in a cycle.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.ctg");
    }

    @Test
    void viewsDoNotReachRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("views call services; entities and repositories stay behind them")
                .check(classes);
    }

    @Test
    void viewsDoNotUseSpringDataDirectly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.data..")
                .check(classes);
    }

    @Test
    void internalsStayInsideTheirFeature() {
        for (String feature : new String[] {"security", "convention", "objective", "collaboration", "notification",
                "document", "governance", "minutes", "indicator", "contribution", "journal", "admin"}) {
            noClasses().that().resideOutsideOfPackage("fr.ctg." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("fr.ctg." + feature + ".internal..")
                    .because(feature + ".internal is private to the " + feature + " feature")
                    .check(classes);
        }
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("fr.ctg.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("fr.ctg.base..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.ctg.security..", "fr.ctg.convention..",
                        "fr.ctg.objective..", "fr.ctg.dashboard..", "fr.ctg.layout..", "fr.ctg.demo..",
                        "fr.ctg.collaboration..", "fr.ctg.document..", "fr.ctg.governance..", "fr.ctg.notification..",
                        "fr.ctg.minutes..", "fr.ctg.indicator..", "fr.ctg.contribution..", "fr.ctg.journal..",
                        "fr.ctg.admin..")
                .check(classes);
    }
}
