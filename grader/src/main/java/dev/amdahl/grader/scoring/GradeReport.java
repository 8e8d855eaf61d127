package dev.amdahl.grader.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The grade of one submission: every exercise, and where the grade came from.
 *
 * @param submission    what was graded, as given on the command line
 * @param graderVersion the grader's version
 * @param sandbox       what ran the code (the sandbox image)
 * @param gradedAt      when grading finished
 * @param exercises     one result per exercise graded
 */
public record GradeReport(String submission, String graderVersion, String sandbox, Instant gradedAt,
        List<ExerciseResult> exercises) {

    public GradeReport {
        Objects.requireNonNull(submission, "submission must not be null");
        Objects.requireNonNull(gradedAt, "gradedAt must not be null");
        exercises = List.copyOf(exercises);
    }

    public int earned() {
        return exercises.stream().mapToInt(ExerciseResult::earned).sum();
    }

    public int possible() {
        return exercises.stream().mapToInt(ExerciseResult::possible).sum();
    }

    /** False when some exercise could not be graded through no fault of the student. */
    public boolean complete() {
        return exercises.stream().allMatch(e -> e.verdict().graded());
    }
}
