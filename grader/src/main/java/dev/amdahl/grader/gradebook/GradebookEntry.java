package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grading.Scores;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One submission's line in the gradebook: who, where from, where it stands, and its current result.
 *
 * @param registration who and where from
 * @param state        where grading stands
 * @param report       the current result (present when {@link SubmissionState#hasResult()})
 * @param problem      for {@link SubmissionState#UNUSABLE}: what was wrong with the input; otherwise ""
 * @param override     a score set by hand, which counts over the report's
 * @param attempts     how many results were recorded for it, the current one included (earlier ones are history)
 * @param updatedAt    when the state or result last changed
 */
public record GradebookEntry(Registration registration, SubmissionState state, Optional<GradeReport> report,
        String problem, Optional<ScoreOverride> override, int attempts, Instant updatedAt) {

    public GradebookEntry {
        Objects.requireNonNull(registration, "registration must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
        Objects.requireNonNull(override, "override must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    /** Shorthand for {@code registration().student()}. */
    public String student() {
        return registration.student();
    }

    /**
     * The score that counts: the override's, else the report's (after any late penalty); empty before grading, and
     * for an unusable upload, whose report's zero says nothing about the student's code.
     */
    public Optional<Double> score() {
        if (override.isPresent()) {
            return Optional.of(Scores.round(override.get().points()));
        }
        if (state == SubmissionState.UNUSABLE) {
            return Optional.empty();
        }
        return report.map(GradeReport::earned);
    }

    /** The most the report's exercises could earn; 0 before grading. */
    public double possible() {
        return report.map(GradeReport::possible).orElse(0.0);
    }
}
