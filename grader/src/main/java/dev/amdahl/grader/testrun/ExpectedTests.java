package dev.amdahl.grader.testrun;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.ExerciseBuild;
import dev.amdahl.runner.SandboxRunner;
import dev.amdahl.runner.TestExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Which tests an exercise has and what each is worth, found from the instructor's material alone: the
 * skeleton and the tests are compiled here and discovered, none of them run. This is the list a
 * submission is graded against, so a run that reports fewer, other or extra tests changes nothing.
 */
public final class ExpectedTests {

    private final Map<String, List<PlannedTest>> known = new ConcurrentHashMap<>();

    public List<PlannedTest> of(Exercise exercise) throws CourseException {
        List<PlannedTest> tests = known.get(exercise.id());
        if (tests == null) {
            tests = discover(exercise);
            known.put(exercise.id(), tests);
        }
        return tests;
    }

    private static List<PlannedTest> discover(Exercise exercise) throws CourseException {
        Path build = null;
        try {
            build = Files.createTempDirectory("amdahl-expected-");
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
            return tests;
        } catch (IOException e) {
            throw new CourseException("Cannot read the tests of exercise " + exercise.id() + ": " + e.getMessage());
        } finally {
            deleteQuietly(build);
        }
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder; the system cleans it up eventually
        }
    }
}
