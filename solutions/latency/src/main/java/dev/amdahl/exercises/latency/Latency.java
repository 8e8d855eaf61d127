package dev.amdahl.exercises.latency;

import java.util.Objects;

/**
 * One row of the lecture's latency table: something a computer does, and how long it takes. This record is
 * complete; you do not need to change it.
 *
 * @param event       what happens, in the lecture's words, e.g. "L1 cache reference"
 * @param nanoseconds how long it takes, in nanoseconds (10⁻⁹ s); at least 0
 */
public record Latency(String event, double nanoseconds) {

    /** Refuses a row without a name or with a duration that is negative, infinite or not a number. */
    public Latency {
        Objects.requireNonNull(event, "event");
        if (!(nanoseconds >= 0) || Double.isInfinite(nanoseconds)) {
            throw new IllegalArgumentException("a latency is a finite number of nanoseconds >= 0, not "
                    + nanoseconds + " (" + event + ")");
        }
    }

    /**
     * This event followed by another one, as the lecture's "The above 2 together" (a disk seek, then reading
     * 1 MB from the disk).
     *
     * @param next what happens afterwards
     * @return a row named "{@code event}, then {@code next.event}" that takes as long as both together
     */
    public Latency then(Latency next) {
        return new Latency(event + ", then " + next.event(), nanoseconds + next.nanoseconds());
    }
}
