package dev.amdahl.grader.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The speedup grade of one timed case of an exercise.
 *
 * @param caseClass   the case's class, as the rubric names it
 * @param name        what was timed, in a student's words
 * @param points      what it is worth
 * @param earned      what it earned: 0 unless {@link Status#SCORED}
 * @param status      how the timing ended
 * @param message     what the student should read: the measurement in words, or why there is none
 * @param measurement the trials' medians and spread, when the trials ran to the end
 * @param scaling     the submission's speedup on 1, 2, … threads, when scored
 * @param attempts    how many times the trials were run (1 + retries taken)
 */
public record SpeedupResult(String caseClass, String name, double points, double earned, Status status,
        String message, Optional<SpeedupMeasurement> measurement, List<ScalingPoint> scaling, int attempts) {

    /** How the timing of a case ended. */
    public enum Status {
        /** Measured and scored. */
        SCORED,
        /**
         * The trials disagreed too much even after the retries, or showed more than parallelism can give (faster on
         * one thread than the sequential baseline, or beyond its cores): a human must decide; not a zero.
         */
        INCONCLUSIVE,
        /** A speedup cannot be measured here (one core): nothing earned, nothing counted. */
        NOT_APPLICABLE,
        /** Not timed, because the exercise's tests do not all pass yet: timing counts only for right code. */
        NOT_TIMED,
        /**
         * The submission failed on a timed input, answered wrongly, was too slow to time, or remembered earlier calls
         * (inputs timed again took a fraction of a fresh input's time): 0.
         */
        FAILED,
        /** The reference or the grader broke: not graded, never the student's zero. */
        INTERNAL_ERROR
    }

    public SpeedupResult {
        Objects.requireNonNull(caseClass, "caseClass must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(measurement, "measurement must not be null");
        name = name == null ? caseClass : name;
        message = message == null ? "" : message;
        scaling = List.copyOf(scaling);
        if (status != Status.SCORED && earned != 0) {
            throw new IllegalArgumentException("only a scored speedup earns points");
        }
    }

    /** A case that was not measured, and why. */
    public static SpeedupResult unmeasured(String caseClass, String name, double points, Status status,
            String message) {
        return new SpeedupResult(caseClass, name, points, 0, status, message, Optional.empty(), List.of(), 0);
    }

    /** What it adds to the maximum: nothing where it cannot be measured. */
    public double possible() {
        return status == Status.NOT_APPLICABLE ? 0 : points;
    }

    /** Whether a human must look before the grade is final. */
    public boolean needsReview() {
        return status == Status.INCONCLUSIVE || status == Status.INTERNAL_ERROR;
    }
}
