package dev.amdahl.grader.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdicts of {@code amdahl check} on results it is handed (the sandbox runs are tested end to end). */
class CourseCheckTest {

    private static final Exercise EXERCISE = new Exercise("demo", Path.of("exercises/demo"));
    private static final PlannedTest BEHAVIOUR = new PlannedTest("b", "demo.T", "works", "works", 3);
    private static final PlannedTest STRUCTURE = new PlannedTest("s", "demo.T", "rule", "rule", 2, false,
            Visibility.VISIBLE, TestKind.STRUCTURE);

    private static ExerciseResult result(Outcome behaviour, Outcome structure) {
        return new ExerciseResult("demo", Verdict.COMPLETED, "", List.of(new GradedResult(BEHAVIOUR, behaviour, "", 1),
                new GradedResult(STRUCTURE, structure, "", 1)), List.of(), Duration.ZERO);
    }

    @Test
    void aSkeletonThatPassesABehaviourTestIsNotReady() {
        assertThat(CourseCheck.skeletonEarnsNothing(EXERCISE, result(Outcome.FAILED, Outcome.PASSED)).passed())
                .as("a structure rule that passes on the skeleton earns nothing there").isTrue();
        CheckResult passing = CourseCheck.skeletonEarnsNothing(EXERCISE, result(Outcome.PASSED, Outcome.PASSED));
        assertThat(passing.passed()).isFalse();
        assertThat(passing.detail()).contains("demo.T.works").contains("Make each test check");
    }

    @Test
    void aSolutionThatMissesATestIsNotReady() {
        assertThat(CourseCheck.solutionEarnsEverything(EXERCISE, result(Outcome.PASSED, Outcome.PASSED)).passed())
                .isTrue();
        CheckResult missing = CourseCheck.solutionEarnsEverything(EXERCISE, result(Outcome.PASSED, Outcome.FAILED));
        assertThat(missing.passed()).isFalse();
        assertThat(missing.detail()).contains("demo.T.rule FAILED");
    }

    @Test
    void aRubricWithoutBehaviourPointsCannotAddUp() {
        assertThat(CourseCheck.rubric(EXERCISE, List.of(BEHAVIOUR, STRUCTURE), List.of()).detail())
                .isEqualTo("behaviour 3, structure 2, style 0, extra credit 0, total 5");
        CheckResult onlyStructure = CourseCheck.rubric(EXERCISE, List.of(STRUCTURE), List.of());
        assertThat(onlyStructure.passed()).isFalse();
        assertThat(onlyStructure.detail()).contains("no behaviour test carries points");
        CheckResult zero = CourseCheck.rubric(EXERCISE, List.of(BEHAVIOUR), List.of("demo.T.x: @Points(0.0) must be more than 0"));
        assertThat(zero.passed()).isFalse();
        assertThat(zero.detail()).endsWith("demo.T.x: @Points(0.0) must be more than 0");
    }
}
