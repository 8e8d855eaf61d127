package dev.amdahl.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.ExerciseRubric;
import dev.amdahl.grader.course.ExerciseSettings;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseResultsTest {

    private static final PlannedTest SUMS = new PlannedTest("[sums]", "demo.SumTest", "sums", "sums()", 3);
    private static final PlannedTest EMPTY = new PlannedTest("[empty]", "demo.SumTest", "empty", "empty()", 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static Exercise timedExercise(Path folder) throws Exception {
        Files.writeString(folder.resolve(ExerciseRubric.FILE), "speedup = demo.SumSpeedup:4\n");
        return new Exercise("sum", folder, ExerciseSettings.none(), ExerciseRubric.load(folder), Optional.empty());
    }

    @Test
    void anUngradedReportKeepsEveryTestAndTheSpeedupInTheMaximumAndEarnsNothing(@TempDir Path folder)
            throws Exception {
        Exercise exercise = timedExercise(folder);

        GradeReport report = ExerciseResults.ungraded("ada", "1.0", List.of(exercise), e -> List.of(SUMS, EMPTY),
                "Docker did not answer.", CLOCK);

        ExerciseResult result = report.exercises().get(0);
        assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
        assertThat(result.detail()).isEqualTo("Not graded: Docker did not answer. This is not your fault; the "
                + "submission will be graded again.");
        assertThat(result.tests()).extracting(GradedResult::outcome).containsExactly(Outcome.NOT_RUN, Outcome.NOT_RUN);
        assertThat(result.tests()).extracting(GradedResult::message)
                .containsOnly("not run: the grader could not start");
        assertThat(result.style()).isPresent();
        assertThat(report.earned()).isZero();
        assertThat(report.sandbox()).isEqualTo("(none)");
        assertThat(report.gradedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void anUnusableSubmissionIsRejectedWithTheProblemTheStudentReads(@TempDir Path folder) throws Exception {
        GradeReport report = ExerciseResults.unusable("ada", "1.0", List.of(timedExercise(folder)),
                e -> List.of(SUMS), "The archive is broken.", CLOCK);

        assertThat(report.exercises().get(0).verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(report.exercises().get(0).detail()).isEqualTo("The archive is broken.");
        assertThat(report.exercises().get(0).tests()).extracting(GradedResult::message)
                .containsOnly("not run: the submission could not be opened");
    }

    @Test
    void aSpeedupIsNotTimedWhileTestsFailAndSaysHowManyStillFail(@TempDir Path folder) throws Exception {
        ExerciseResult graded = new ExerciseResult("sum", Verdict.COMPLETED, "", List.of(
                new GradedResult(SUMS, Outcome.FAILED, "expected 3", 0),
                new GradedResult(EMPTY, Outcome.PASSED, "", 2)), List.of(), Duration.ofSeconds(1));

        ExerciseResult notTimed = ExerciseResults.notTimed(timedExercise(folder), graded);

        assertThat(notTimed.speedups()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SpeedupResult.Status.NOT_TIMED);
            assertThat(s.message()).contains("(1 still does not)");
        });
        assertThat(notTimed.possible()).isEqualTo(graded.possible() + 4);
    }

    @Test
    void aSpeedupNotTimedByOurFaultIsAnInternalErrorToTimeAgain(@TempDir Path folder) throws Exception {
        ExerciseResult graded = ExerciseResults.withoutRun("sum", List.of(SUMS), Verdict.COMPLETED, "", "", List.of());

        ExerciseResult result = ExerciseResults.notTimedByOurFault(timedExercise(folder), graded, "No space left.");

        assertThat(result.speedups()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SpeedupResult.Status.INTERNAL_ERROR);
            assertThat(s.message()).isEqualTo("Not timed: No space left. This is not your fault; it will be timed again.");
        });
    }
}
