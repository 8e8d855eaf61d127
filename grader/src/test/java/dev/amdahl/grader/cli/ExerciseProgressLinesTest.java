package dev.amdahl.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.ExerciseSettings;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code amdahl grade} prints on stderr while it works through a course. */
class ExerciseProgressLinesTest {

    private static final Exercise PIPES = new Exercise("pipes", Path.of("exercises/pipes"), ExerciseSettings.none());
    private static final PlannedTest TEST = new PlannedTest("id-1", "demo.T", "works", "works", 3);

    @Test
    void aLineWhenAnExerciseStartsAndOneWithItsScoreWhenItEnds() {
        StringWriter text = new StringWriter();
        ExerciseProgressLines lines = new ExerciseProgressLines(new PrintWriter(text, true));

        lines.started(PIPES, 2, 7);
        lines.finished(PIPES, new ExerciseResult("pipes", Verdict.COMPLETED, "", List.of(
                new GradedResult(TEST, Outcome.PASSED, "", 1)), List.of(), Duration.ofSeconds(3)),
                Duration.ofSeconds(48), 2, 7);
        lines.finished(PIPES, new ExerciseResult("pipes", Verdict.INTERNAL_ERROR, "Docker is down", List.of(
                new GradedResult(TEST, Outcome.NOT_RUN, "", 0)), List.of(), Duration.ZERO),
                Duration.ofSeconds(90), 2, 7);

        assertThat(text.toString().lines()).containsExactly(
                "[2/7] pipes: grading…",
                "[2/7] pipes: 3 / 3, COMPLETED, in 48 s",
                "[2/7] pipes: not graded (INTERNAL_ERROR), in 1 min 30 s");
    }
}
