package dev.amdahl.grader.runner;

import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.ExerciseBuild;
import dev.amdahl.runner.JavaCompilation;
import dev.amdahl.runner.SandboxRunner;
import dev.amdahl.runner.TestExecution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the grader does with the runner's code on this host, and only with the instructor's material: compile an
 * exercise's skeleton and tests, and discover its tests and their points without running any. The same code as
 * the runner's inside the sandbox, so the two agree on what a test is.
 */
public final class RunnerOnHost {

    /** An exercise compiled, or why not. */
    public sealed interface Build permits Built, Failed {
    }

    /** The compiled code under test, the compiled tests, and the tests' resources. */
    public record Built(Path classes, Path testClasses, Path testResources) implements Build {
    }

    /** {@code stage} is {@code main} (the code under test) or {@code tests}. */
    public record Failed(String stage, String diagnostics) implements Build {
    }

    private RunnerOnHost() {
    }

    /** The exercise's code under test, then its tests against it, into {@code build}. */
    public static Build compileWithTests(Path exercise, Path build) throws IOException {
        return of(ExerciseBuild.compile(exercise, build, SandboxRunner.runnerClasspath()));
    }

    /** The exercise's code under test alone, into {@code build}. */
    public static Build compileProgram(Path exercise, Path build) throws IOException {
        return of(ExerciseBuild.compileMain(exercise, build, ExerciseBuild.Compiler.inProcess()));
    }

    /** One source tree, in this JVM (trusted sources only): javac's diagnostics if it does not compile. */
    public static Optional<String> compile(Path sources, List<Path> classpath, Path classes) throws IOException {
        JavaCompilation.Result result = ExerciseBuild.Compiler.inProcess().compile(sources, classpath, classes);
        return result.ok() ? Optional.empty() : Optional.of(result.diagnostics());
    }

    /** The tests in {@code testClasses} and their points, found without running any of them. */
    public static List<PlannedTest> discover(Path classes, Path testClasses, Path testResources) throws IOException {
        return TestExecution.discover(classes, testClasses, testResources);
    }

    /** {@code a/b/C.java} under the test sources is the test class {@code a.b.C}. */
    public static Set<String> testClassNames(Path testSources) throws IOException {
        return SandboxRunner.testClassNames(testSources);
    }

    /** Where JUnit and the grading API are: the tests compile against them. */
    public static List<Path> testClasspath() {
        return SandboxRunner.runnerClasspath();
    }

    private static Build of(ExerciseBuild.Result result) {
        return switch (result) {
            case ExerciseBuild.Built built -> new Built(built.classes(), built.testClasses(), built.testResources());
            case ExerciseBuild.Failed failed -> new Failed(failed.stage(), failed.diagnostics());
        };
    }
}
