package dev.amdahl.exercises.threadpools;

/**
 * A counter that many threads can increment at once without losing an update, unlike {@link RacyCounter}
 * (lecture: a child thread and its parent share the same memory).
 */
public final class SafeCounter {

    // TODO: a field that counts; see the README for three ways to make it safe.

    /** Adds one. Safe to call from many threads at once. */
    public void increment() {
        throw new UnsupportedOperationException("TODO: implement SafeCounter.increment (see the exercise README)");
    }

    /**
     * The count.
     *
     * @return how many times {@link #increment()} was called, by any thread, before this call
     */
    public long get() {
        throw new UnsupportedOperationException("TODO: implement SafeCounter.get (see the exercise README)");
    }
}
