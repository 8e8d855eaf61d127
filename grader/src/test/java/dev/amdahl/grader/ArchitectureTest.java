package dev.amdahl.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.amdahl.grader.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries that {@code docs/architecture.md} draws, checked on the grader's compiled main classes, so a change
 * that crosses one fails the build instead of waiting for a reviewer to notice.
 */
class ArchitectureTest {

    private static final String GRADER = "dev.amdahl.grader";
    /** The one class that picks the concrete sandbox (Docker or local processes) for every command. */
    static final String COMPOSITION_ROOT = GRADER + ".cli.CompositionRoot";
    /** The host side of the sandbox runner: the only package that may name the runner's own classes. */
    static final String RUNNER_FACADE = GRADER + ".runner";

    private static JavaClasses grader;

    @BeforeAll
    static void importMainClasses() {
        grader = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(GRADER);
    }

    @Test
    void packagesHaveNoCycles() {
        // One slice per top-level package (export.gradescope counts as export): a submission flows one way.
        slices().matching(GRADER + ".(*)..").should().beFreeOfCycles().check(grader);
    }

    @Test
    void onlyTheSandboxPackageTalksToDocker() {
        onlyIn("sandbox", "com.github.dockerjava..").check(grader);
    }

    @Test
    void concreteSandboxesAreNamedOnlyInTheCompositionRoot() {
        DescribedPredicate<JavaClass> concreteSandbox = DescribedPredicate.describe("are concrete sandboxes",
                type -> type.isAssignableTo(Sandbox.class) && !type.isInterface());
        noClasses().that().resideOutsideOfPackage(GRADER + ".sandbox..")
                .and().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
                .and().doNotHaveFullyQualifiedName(COMPOSITION_ROOT + "$*")
                .should().dependOnClassesThat(concreteSandbox)
                .because("the rest of the grader works with any Sandbox; " + COMPOSITION_ROOT + " chooses one")
                .check(grader);
    }

    @Test
    void theRunnersInternalsAreReachedOnlyThroughItsFacade() {
        // The runner's wire protocol (dev.amdahl.runner.protocol) is its public contract; everything else in
        // dev.amdahl.runner is its inside, and only the facade may call it.
        noClasses().that().resideOutsideOfPackage(RUNNER_FACADE + "..")
                .should().dependOnClassesThat().resideInAPackage("dev.amdahl.runner")
                .because("the runner's command line, jar and classes have one home on the host: " + RUNNER_FACADE)
                .check(grader);
    }

    @Test
    void eachLibraryHasOneHome() {
        onlyIn("cli", "picocli..").check(grader);
        onlyIn("intake", "org.eclipse.jgit..").check(grader);
        onlyIn("gradebook", "org.sqlite..", "java.sql..").check(grader);
        onlyIn("style", "com.puppycrawl.tools.checkstyle..").check(grader);
        onlyIn("classreport", "de.jplag..").check(grader);
    }

    private static ArchRule onlyIn(String home, String... libraries) {
        return noClasses().that().resideOutsideOfPackage(GRADER + "." + home + "..")
                .should().dependOnClassesThat().resideInAnyPackage(libraries)
                .because("one package of the grader wraps each library: " + GRADER + "." + home);
    }
}
