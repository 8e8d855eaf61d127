package dev.amdahl.grader.scoring;

import dev.amdahl.grading.GradedResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The grade of one exercise.
 *
 * @param exercise which exercise
 * @param verdict  how grading ended
 * @param detail   what the student should know about the verdict (compiler messages, why it stopped);
 *                 empty when all went normally
 * @param tests    every expected test, in order, with its outcome
 * @param notes    things the grader left out of the submission, and why
 * @param wallTime how long the sandbox ran
 */
public record ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
        List<String> notes, Duration wallTime) {

    public ExerciseResult {
        Objects.requireNonNull(exercise, "exercise must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        detail = detail == null ? "" : detail;
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
        Objects.requireNonNull(wallTime, "wallTime must not be null");
    }

    public int earned() {
        return verdict.graded() ? tests.stream().mapToInt(GradedResult::pointsEarned).sum() : 0;
    }

    public int possible() {
        return tests.stream().mapToInt(t -> t.test().points()).sum();
    }
}
