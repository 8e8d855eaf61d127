package dev.amdahl.grader.scoring;

import dev.amdahl.grading.Scores;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one submission: every exercise, lateness, and where the grade came from.
 *
 * @param submission    what was graded, as given on the command line
 * @param graderVersion the grader's version
 * @param sandbox       what ran the code (the sandbox image)
 * @param gradedAt      when grading finished
 * @param exercises     one result per exercise graded
 * @param lateness      how late it was, when the course has a late policy
 * @param disclosure    what the student may see now
 */
public record GradeReport(String submission, String graderVersion, String sandbox, Instant gradedAt,
        List<ExerciseResult> exercises, Optional<Lateness> lateness, Disclosure disclosure) {

    public GradeReport {
        Objects.requireNonNull(submission, "submission must not be null");
        Objects.requireNonNull(gradedAt, "gradedAt must not be null");
        Objects.requireNonNull(lateness, "lateness must not be null");
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        exercises = List.copyOf(exercises);
    }

    public GradeReport(String submission, String graderVersion, String sandbox, Instant gradedAt,
            List<ExerciseResult> exercises) {
        this(submission, graderVersion, sandbox, gradedAt, exercises, Optional.empty(), Disclosure.beforeDueDate());
    }

    /** This report with its lateness and what the student may see of hidden tests; the results unchanged. */
    public GradeReport with(Optional<Lateness> value, Disclosure shown) {
        return new GradeReport(submission, graderVersion, sandbox, gradedAt, exercises, value, shown);
    }

    /** Every exercise's points, before any late penalty. */
    public double earnedBeforePenalty() {
        return Scores.round(exercises.stream().mapToDouble(ExerciseResult::earned).sum());
    }

    /** The points lateness takes; 0 when on time or without a late policy. */
    public double latePenalty() {
        return lateness.map(l -> l.deduction(earnedBeforePenalty())).orElse(0.0);
    }

    /** The score. */
    public double earned() {
        return Scores.round(earnedBeforePenalty() - latePenalty());
    }

    /** The maximum over every exercise, extra credit not included, rounded as scores are. */
    public double possible() {
        return Scores.round(exercises.stream().mapToDouble(ExerciseResult::possible).sum());
    }

    /**
     * False when some exercise could not be graded through no fault of the student, or its speedup needs a human
     * to decide.
     */
    public boolean complete() {
        return exercises.stream().allMatch(e -> e.verdict().graded() && !e.needsReview());
    }
}
