package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.Quantities;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grading.Scores;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * {@code amdahl grade}'s progress, a line as each exercise starts and ends: a whole course takes minutes, and a
 * silent terminal looks hung. It goes to stderr, since stdout carries the report, which scripts read.
 */
final class ExerciseProgressLines implements Grader.Progress {

    private final PrintWriter err;

    ExerciseProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(Exercise exercise, int number, int count) {
        err.println(prefix(exercise, number, count) + "grading…");
        err.flush();
    }

    @Override
    public void finished(Exercise exercise, ExerciseResult result, Duration took, int number, int count) {
        String outcome = result.verdict().graded()
                ? Scores.format(result.earned()) + " / " + Scores.format(result.possible()) + ", " + result.verdict()
                : "not graded (" + result.verdict() + ")";
        err.println(prefix(exercise, number, count) + outcome + ", in " + Quantities.words(took));
        err.flush();
    }

    private static String prefix(Exercise exercise, int number, int count) {
        return "[" + number + "/" + count + "] " + exercise.id() + ": ";
    }
}
