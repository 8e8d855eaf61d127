package dev.amdahl.exercises.threadpools;

/**
 * A counter that loses updates when several threads use it at once. This class is complete and wrong on
 * purpose: {@link RacyCounterDemo} shows how. Your {@link SafeCounter} must not lose any.
 *
 * <p>{@code count++} is three steps: read the count, add one, write it back. Two threads can both read 41,
 * and both write 42: one increment is lost. {@code volatile} does not help; it makes each write visible to
 * other threads, but the three steps are still three.
 */
public final class RacyCounter {

    private volatile long count;

    /** Adds one, unsafely. */
    public void increment() {
        count++;
    }

    /**
     * The count.
     *
     * @return how many increments this counter kept
     */
    public long get() {
        return count;
    }
}
