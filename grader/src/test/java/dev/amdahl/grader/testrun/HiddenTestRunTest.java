package dev.amdahl.grader.testrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Visibility;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the exercise's own run and the hidden tests' run make one result, and what of the hidden run is said. */
class HiddenTestRunTest {

    private static final PlannedTest OWN_A = test("a", Visibility.VISIBLE);
    private static final PlannedTest HIDDEN_X = test("x", Visibility.AFTER_RELEASE);
    private static final PlannedTest OWN_B = test("b", Visibility.VISIBLE);
    private static final PlannedTest HIDDEN_Y = test("y", Visibility.HIDDEN);
    private static final String CONSOLE = "\nLast lines of output:\nSubprocessArgumentsTest two  spaces";

    private static PlannedTest test(String name, Visibility visibility) {
        return new PlannedTest("id-" + name, "demo." + name.toUpperCase() + "Test", name, name + " works", 2, false,
                visibility, null);
    }

    /** The exercise's own run as the grader reads it: every expected test, the hidden ones not run. */
    private static ExerciseResult own(Verdict verdict, String detail, Outcome a, Outcome b) {
        return new ExerciseResult("demo", verdict, detail, List.of(
                new GradedResult(OWN_A, a, a == Outcome.PASSED ? "" : "expected 1 but was 2", 5),
                new GradedResult(HIDDEN_X, Outcome.NOT_RUN, "not run: no result was reported for this test", 0),
                new GradedResult(OWN_B, b, b == Outcome.NOT_RUN ? "not run: the time limit for all tests was reached first"
                        : "", 5),
                new GradedResult(HIDDEN_Y, Outcome.NOT_RUN, "not run: no result was reported for this test", 0)),
                List.of("ignored pom.xml"), Duration.ofSeconds(10));
    }

    private static ExerciseResult hidden(Verdict verdict, String detail, Outcome x, Outcome y) {
        return new ExerciseResult("demo", verdict, detail, List.of(
                new GradedResult(HIDDEN_X, x, x == Outcome.FAILED ? "expected <two  spaces> but was <two>" : "", 7),
                new GradedResult(HIDDEN_Y, y, y == Outcome.NOT_RUN ? "not run: the time limit for all tests was "
                        + "reached first" : "", 7)),
                List.of(), Duration.ofSeconds(4));
    }

    @Test
    void theHiddenTestsTakeTheirOwnRunsResultsInTheExpectedOrder() {
        ExerciseResult result = HiddenTestRun.combine(own(Verdict.COMPLETED, "", Outcome.PASSED, Outcome.FAILED),
                hidden(Verdict.COMPLETED, "", Outcome.FAILED, Outcome.PASSED));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(result.tests()).extracting(t -> t.test().methodName()).containsExactly("a", "x", "b", "y");
        assertThat(result.tests()).extracting(GradedResult::outcome)
                .containsExactly(Outcome.PASSED, Outcome.FAILED, Outcome.FAILED, Outcome.PASSED);
        assertThat(result.earned()).isEqualTo(4);
        assertThat(result.possible()).isEqualTo(8);
        assertThat(result.detail()).isEmpty();
        assertThat(result.notes()).containsExactly("ignored pom.xml");
        assertThat(result.wallTime()).isEqualTo(Duration.ofSeconds(14));
        assertThat(result.hiddenRun()).contains(new ExerciseResult.HiddenRun(Verdict.COMPLETED, ""));
    }

    @Test
    void aHiddenRunThatIsStoppedIsSaidInTheGradersWordsAndKeepsTheOwnTestsPoints() {
        for (Verdict stopped : List.of(Verdict.TIMEOUT, Verdict.CRASHED, Verdict.OUT_OF_MEMORY, Verdict.OUTPUT_LIMIT,
                Verdict.PROCESS_LIMIT)) {
            ExerciseResult result = HiddenTestRun.combine(own(Verdict.COMPLETED, "", Outcome.PASSED, Outcome.PASSED),
                    hidden(stopped, "The tests did not finish." + CONSOLE, Outcome.PASSED, Outcome.NOT_RUN));

            assertThat(result.verdict()).as("an honest verdict").isEqualTo(stopped);
            assertThat(result.earned()).as("the own tests keep their points, and a hidden test that passed").isEqualTo(6);
            assertThat(result.tests().get(3).outcome()).isEqualTo(Outcome.NOT_RUN);
            assertThat(result.detail()).startsWith("The hidden tests ran on their own and were stopped: ")
                    .contains("shown once your instructor releases the hidden tests")
                    .doesNotContain("SubprocessArgumentsTest").doesNotContain("two  spaces")
                    .doesNotContain("Last lines of output");
            assertThat(result.hiddenRun().orElseThrow().verdict()).isEqualTo(stopped);
            assertThat(result.hiddenRun().orElseThrow().detail()).as("kept for the instructor, and for the release")
                    .contains("SubprocessArgumentsTest");
        }
    }

    @Test
    void theOwnRunsVerdictAndDetailComeFirst() {
        String ownDetail = "The tests did not finish within 60 s.\nLast lines of output:\nmine";
        ExerciseResult result = HiddenTestRun.combine(own(Verdict.TIMEOUT, ownDetail, Outcome.PASSED, Outcome.NOT_RUN),
                hidden(Verdict.CRASHED, "ended" + CONSOLE, Outcome.PASSED, Outcome.NOT_RUN));

        assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(result.detail()).startsWith(ownDetail + "\n\nThe hidden tests ran on their own and were stopped: "
                + "the Java process running the tests ended early.").doesNotContain("two  spaces");
        assertThat(result.earned()).isEqualTo(4);
    }

    @Test
    void aHiddenRunTheGraderCouldNotMakeLeavesTheExerciseNotGradedRatherThanMissingPoints() {
        ExerciseResult result = HiddenTestRun.combine(own(Verdict.COMPLETED, "", Outcome.PASSED, Outcome.PASSED),
                hidden(Verdict.INTERNAL_ERROR, "Not graded: the hidden tests' run failed: docker went away",
                        Outcome.NOT_RUN, Outcome.NOT_RUN));

        assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
        assertThat(result.verdict().graded()).isFalse();
        assertThat(result.detail()).startsWith("Not graded: the grader could not run the hidden tests.")
                .doesNotContain("docker went away");
        assertThat(result.tests().get(0).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void noHiddenRunWhenTheCodeDidNotRunOrTheGraderFailed() {
        assertThat(HiddenTestRun.worthRunning(own(Verdict.COMPLETED, "", Outcome.PASSED, Outcome.PASSED))).isTrue();
        for (Verdict verdict : List.of(Verdict.TIMEOUT, Verdict.CRASHED, Verdict.OUT_OF_MEMORY, Verdict.OUTPUT_LIMIT,
                Verdict.PROCESS_LIMIT)) {
            assertThat(HiddenTestRun.worthRunning(own(verdict, "", Outcome.PASSED, Outcome.NOT_RUN))).as("%s", verdict)
                    .isTrue();
        }
        for (Verdict verdict : List.of(Verdict.REJECTED, Verdict.COMPILE_ERROR, Verdict.NOT_SUBMITTED,
                Verdict.INTERNAL_ERROR)) {
            assertThat(HiddenTestRun.worthRunning(own(verdict, "", Outcome.NOT_RUN, Outcome.NOT_RUN))).as("%s", verdict)
                    .isFalse();
        }
    }
}
