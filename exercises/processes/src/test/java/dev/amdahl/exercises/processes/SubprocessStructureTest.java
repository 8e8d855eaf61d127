package dev.amdahl.exercises.processes;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.RuleName;

/** How the code is built, not what it does. These points count once a behaviour test passes. */
@AnalyzeClasses(packagesOf = Subprocess.class, importOptions = ImportOption.DoNotIncludeTests.class)
class SubprocessStructureTest {

    /** Lecture: {@code subprocess.run(["ls", "-l"])} takes a list of arguments, with no shell in between. */
    @ArchTest
    @Points(2)
    @RuleName("processes are started with ProcessBuilder, never with Runtime.exec")
    static final ArchRule startsProcessesWithProcessBuilder = noClasses()
            .should().callMethodWhere(target(owner(equivalentTo(Runtime.class))).and(target(name("exec"))))
            .because("ProcessBuilder takes the command as a list of arguments and sets the working directory "
                    + "and environment; Runtime.exec(String) splits a command line at spaces, which breaks "
                    + "arguments that contain them (lecture: processes and subprocess). Start processes with "
                    + "new ProcessBuilder(command).start()");
}
