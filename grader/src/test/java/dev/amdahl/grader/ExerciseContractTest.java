package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Scores;
import dev.amdahl.runner.SandboxRunner;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the tests can fail: every point-carrying test of every exercise fails against the untouched
 * skeleton. (That they pass against the reference is proven by the solutions/ build itself.) The skeleton
 * is instructor material, so it runs here in a plain child JVM, through the same runner as the sandbox.
 */
class ExerciseContractTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyPointCarryingTestFailsAgainstTheSkeleton() throws Exception {
        List<Exercise> exercises = Course.load(Repository.root()).exercises();
        assertThat(exercises).isNotEmpty();
        return exercises.stream().map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
            if (exercise.rubric().gradesStudentTests()) {
                theSkeletonHoldsOnlyPassingStarterTests(exercise);
                return;
            }
            List<RunnerEvent> events = runAgainstSkeleton(exercise, List.of());

            List<PlannedTest> planned = events.stream().filter(RunnerEvent.Planned.class::isInstance)
                    .map(RunnerEvent.Planned.class::cast).findFirst().orElseThrow(
                            () -> new AssertionError("the skeleton's run planned no tests: " + events)).tests();
            Map<String, RunnerEvent.TestFinished> results = events.stream()
                    .filter(RunnerEvent.TestFinished.class::isInstance).map(RunnerEvent.TestFinished.class::cast)
                    .collect(Collectors.toMap(RunnerEvent.TestFinished::uniqueId, Function.identity(), (a, b) -> a));
            List<PlannedTest> graded = planned.stream().filter(t -> t.points() > 0).toList();
            assertThat(graded).as("tests with @Points in %s", exercise.id()).isNotEmpty();
            for (PlannedTest test : graded) {
                assertThat(results.get(test.uniqueId()))
                        .as("result of %s.%s", test.className(), test.methodName()).isNotNull()
                        .extracting(RunnerEvent.TestFinished::outcome)
                        .as("%s.%s carries %s points but does not fail against the skeleton", test.className(),
                                test.methodName(), test.points())
                        .isNotEqualTo(Outcome.PASSED);
            }
            assertThat(events).last().isInstanceOf(RunnerEvent.Finished.class);
            try (ExpectedTests expected = new ExpectedTests()) {
                List<GradedResult> all = expected.of(exercise).tests().stream().map(test -> {
                    RunnerEvent.TestFinished result = results.get(test.uniqueId());
                    assertThat(result).as("a result for %s", test.uniqueId()).isNotNull();
                    return new GradedResult(test, result.outcome(), result.message(), 0);
                }).toList();
                assertThat(Scores.earned(all)).as("points the untouched skeleton of %s earns, structure rules "
                        + "included", exercise.id()).isZero();
            }
        }));
    }

    /**
     * Where the students write the tests, the skeleton is the given program and at most a starter test (a
     * {@code *StarterTest}: the pattern to copy), which must pass against the program. That a starter catches none
     * of the planted bugs, so that no student gets bug points (nor, by coverage.requires-caught-bug, coverage points)
     * for it, {@code planted-bugs/check-variants.sh exercises/<id>/src/test/java} shows (planted-bugs/README.md).
     */
    private void theSkeletonHoldsOnlyPassingStarterTests(Exercise exercise) throws Exception {
        List<RunnerEvent> events = runAgainstSkeleton(exercise, List.of("--student-tests", "--coverage"));

        List<PlannedTest> planned = events.stream().filter(RunnerEvent.Planned.class::isInstance)
                .map(RunnerEvent.Planned.class::cast).findFirst().orElseThrow(
                        () -> new AssertionError("the skeleton's run planned no tests: " + events)).tests();
        assertThat(planned).as("tests in %s's skeleton", exercise.id())
                .allSatisfy(test -> assertThat(test.className()).endsWith("StarterTest"));
        assertThat(events).filteredOn(RunnerEvent.TestFinished.class::isInstance).hasSize(planned.size())
                .allSatisfy(event -> assertThat(((RunnerEvent.TestFinished) event).outcome())
                        .as("a starter test against the given program").isEqualTo(Outcome.PASSED));
        assertThat(events).last().isInstanceOf(RunnerEvent.Finished.class);
    }

    private List<RunnerEvent> runAgainstSkeleton(Exercise exercise, List<String> mode) throws Exception {
        Path work = Files.createTempDirectory(temp, exercise.id());
        // A copy: in student-tests mode the runner deletes the program's sources before any test runs.
        Path copy = work.resolve("exercise");
        dev.amdahl.grader.io.Folders.copy(exercise.directory(), copy);
        String classpath = SandboxRunner.runnerClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, SandboxRunner.class.getName(),
                copy.toString(), work.resolve("build").toString()));
        command.addAll(mode);
        for (String capability : exercise.settings().allows()) {
            command.add("--allow");
            command.add(capability);
        }
        Process process = new ProcessBuilder(command)
                .redirectError(work.resolve("console.txt").toFile())
                .redirectOutput(work.resolve("events.txt").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the skeleton's tests of " + exercise.id() + " did not finish in 5 minutes");
        }
        EventStreamReader reader = new EventStreamReader();
        reader.accept(Files.readAllBytes(work.resolve("events.txt")));
        assertThat(reader.events()).as("events; console said:\n%s", Files.readString(work.resolve("console.txt")))
                .isNotEmpty();
        return reader.events();
    }
}
