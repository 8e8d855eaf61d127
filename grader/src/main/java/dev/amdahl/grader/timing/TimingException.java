package dev.amdahl.grader.timing;

/**
 * A timing that could not be completed.
 *
 * @see Cause
 */
public final class TimingException extends Exception {

    /** Why, which decides whose fault it is. */
    public enum Cause {
        /** The submission threw, gave no answer, or ended: the student's to fix. */
        FAILED,
        /** The submission gave a wrong answer on a timed input. */
        WRONG_ANSWER,
        /** The submission took longer than the run's limit. */
        TOO_SLOW,
        /** The reference or the grader broke: not the student's fault. */
        INTERNAL
    }

    private final Cause cause;

    public TimingException(Cause cause, String message) {
        super(message);
        this.cause = cause;
    }

    /** Why the timing failed, which decides whether the student loses points for it. */
    public Cause kind() {
        return cause;
    }
}
