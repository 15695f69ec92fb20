package fr.ctg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Spring Modulith ({@link ModulesTest}) does not check: inside a feature, views go through services and
 * services never reach the UI; entities live in {@code internal}; the shared kernel depends on no feature.
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
    void servicesNeverDependOnTheUi() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services are called by views, never the other way; they can run without a page")
                .check(classes);
    }

    @Test
    void featuresEntitiesLiveInInternal() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class).and().resideOutsideOfPackage("fr.ctg.base..")
                .should().resideInAPackage("..internal..")
                .because("a feature's entities stay behind its services (Spring Modulith keeps internal private)")
                .check(classes);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("fr.ctg.base..")
                .should().dependOnClassesThat(resideInAPackage("fr.ctg..").and(resideOutsideOfPackage("fr.ctg.base..")))
                .check(classes);
    }

    /**
     * Several nodes (ADR 0026): every scheduled or start-up job of the portal runs through {@code ClusterJobs.once},
     * so that it runs on one node of the cluster; a new job without it fails here.
     */
    @Test
    void everyScheduledJobRunsOncePerCluster() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should(callClusterJobsOnce())
                .because("two nodes would otherwise both send the digests, reminders and retried mails")
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().haveName("run").and().areDeclaredInClassesThat()
                .implement(org.springframework.boot.ApplicationRunner.class)
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Guard")
                .should(callClusterJobsOnce())
                .because("start-up work (sweeps, the demo, the first-start address) must not run twice at once")
                .check(classes);
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> callClusterJobsOnce() {
        return new com.tngtech.archunit.lang.ArchCondition<>("call ClusterJobs.once") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                              com.tngtech.archunit.lang.ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isEquivalentTo(fr.ctg.base.ClusterJobs.class)
                                && call.getName().equals("once"));
                if (!calls) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                            method.getFullName() + " does not run through ClusterJobs.once"));
                }
            }
        };
    }
}
