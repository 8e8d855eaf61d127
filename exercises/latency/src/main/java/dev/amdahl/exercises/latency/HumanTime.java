package dev.amdahl.exercises.latency;

/**
 * The lecture's "let's multiply all these durations by a billion": machine time turned into human time, in
 * which an L1 cache reference takes half a second (a heartbeat) and a packet to the Netherlands and back
 * takes years.
 *
 * <p>The rule every duration is written by:
 * <ol>
 *   <li>Multiply by a billion (10⁹): a nanosecond becomes a second.</li>
 *   <li>Take the largest {@link HumanUnit} in which the duration is at least 1 (years, months, weeks, days,
 *       hours, minutes); seconds when it is shorter than a minute. The unit is chosen before rounding.</li>
 *   <li>Round the number in that unit to one decimal, halves up, and leave out a trailing ".0".</li>
 *   <li>Write the unit after a space: singular after exactly "1", plural otherwise ({@link HumanUnit#after}).
 *       </li>
 * </ol>
 * A year is 365.25 days and a month a twelfth of a year. Examples: 0.5 ns is "0.5 s", 100 ns is "1.7 min",
 * 3,000 ns is "50 min", 10⁶ ns is "1.7 weeks".
 */
public final class HumanTime {

    /** How much longer human time is than machine time: a nanosecond becomes a second. */
    public static final double SCALE = 1e9;

    private HumanTime() {
    }

    /**
     * A duration multiplied by a billion.
     *
     * @param nanoseconds a duration in nanoseconds, finite and at least 0
     * @return the same duration times 10⁹, in seconds: 0.5 ns gives 0.5 s
     * @throws IllegalArgumentException if {@code nanoseconds} is negative, infinite or not a number
     */
    public static double humanSeconds(double nanoseconds) {
        // TODO: refuse a negative, infinite or NaN duration (IllegalArgumentException); then nanoseconds →
        // seconds (× 10⁻⁹) → human time (× SCALE).
        throw new UnsupportedOperationException("TODO: implement HumanTime.humanSeconds (see the exercise README)");
    }

    /**
     * The unit a duration is written in: the largest unit in which it is at least 1, before rounding.
     *
     * @param seconds a duration in seconds, finite and at least 0
     * @return that unit; {@link HumanUnit#SECOND} for anything shorter than a minute, 0 included
     * @throws IllegalArgumentException if {@code seconds} is negative, infinite or not a number
     */
    public static HumanUnit unitFor(double seconds) {
        // TODO: refuse what is not a duration; then try the units from YEAR down to MINUTE (HumanUnit.values()).
        throw new UnsupportedOperationException("TODO: implement HumanTime.unitFor (see the exercise README)");
    }

    /**
     * A duration written by the rule in the class comment.
     *
     * @param seconds a duration in seconds, finite and at least 0
     * @return e.g. "0.5 s", "50 min", "1 day", "1.7 weeks", "4.8 years"
     * @throws IllegalArgumentException if {@code seconds} is negative, infinite or not a number
     */
    public static String format(double seconds) {
        // TODO: the number in unitFor(seconds), rounded to one decimal, without a trailing .0, then unit.after(number).
        throw new UnsupportedOperationException("TODO: implement HumanTime.format (see the exercise README)");
    }

    /**
     * A row of the latency table in human time.
     *
     * @param latency the row
     * @return its duration times a billion, written by the rule, e.g. "0.5 s" for an L1 cache reference
     */
    public static String humanTime(Latency latency) {
        // TODO: humanSeconds, then format.
        throw new UnsupportedOperationException("TODO: implement HumanTime.humanTime (see the exercise README)");
    }
}
