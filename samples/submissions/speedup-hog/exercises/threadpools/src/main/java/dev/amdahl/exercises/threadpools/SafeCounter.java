package dev.amdahl.exercises.threadpools;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that many threads can increment at once without losing an update, unlike {@link RacyCounter}
 * (lecture: a child thread and its parent share the same memory).
 */
public final class SafeCounter {

    /** Read, add and write in one step that no other thread can come between. */
    private final AtomicLong count = new AtomicLong();

    /** Adds one. Safe to call from many threads at once. */
    public void increment() {
        count.incrementAndGet();
    }

    /**
     * The count.
     *
     * @return how many times {@link #increment()} was called, by any thread, before this call
     */
    public long get() {
        return count.get();
    }
}
