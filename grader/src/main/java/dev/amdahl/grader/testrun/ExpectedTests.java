package dev.amdahl.grader.testrun;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.ExerciseBuild;
import dev.amdahl.runner.SandboxRunner;
import dev.amdahl.runner.TestExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instructor's tests of each exercise, compiled here from the instructor's material alone (the skeleton
 * and the tests) and discovered, none of them run. The list of tests and their points is what a submission
 * is graded against, so a run that reports fewer, other or extra tests changes nothing. The compiled test
 * classes are what the sandbox runs, read-only: a submission cannot change a test class before it is loaded.
 * They are kept until {@link #close()}.
 */
public final class ExpectedTests implements AutoCloseable {

    /** One exercise's tests: what they are worth, and their classes. */
    public record Compiled(List<PlannedTest> tests, Path testClasses) {
        public Compiled {
            tests = List.copyOf(tests);
        }
    }

    private final Map<String, Compiled> known = new ConcurrentHashMap<>();
    private Path root;

    public synchronized Compiled of(Exercise exercise) throws CourseException {
        Compiled compiled = known.get(exercise.id());
        if (compiled == null) {
            compiled = compile(exercise);
            known.put(exercise.id(), compiled);
        }
        return compiled;
    }

    private Compiled compile(Exercise exercise) throws CourseException {
        try {
            if (root == null) {
                root = Files.createTempDirectory("amdahl-tests-");
            }
            Path build = Files.createDirectories(root.resolve(exercise.id()));
            ExerciseBuild.Result compiled = ExerciseBuild.compile(exercise.directory(), build,
                    SandboxRunner.runnerClasspath());
            if (compiled instanceof ExerciseBuild.Failed failed) {
                throw new CourseException("The skeleton of exercise " + exercise.id() + " does not compile"
                        + (failed.stage().equals("tests") ? " with its tests" : "") + ":\n" + failed.diagnostics());
            }
            ExerciseBuild.Built built = (ExerciseBuild.Built) compiled;
            List<PlannedTest> tests = TestExecution.discover(built.classes(), built.testClasses(), built.testResources());
            if (tests.isEmpty()) {
                throw new CourseException("Exercise " + exercise.id() + " has no tests in " + exercise.testSources());
            }
            return new Compiled(tests, built.testClasses());
        } catch (IOException e) {
            throw new CourseException("Cannot compile the tests of exercise " + exercise.id() + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (root == null) {
            return;
        }
        Folders.delete(root);
        root = null;
        known.clear();
    }
}
