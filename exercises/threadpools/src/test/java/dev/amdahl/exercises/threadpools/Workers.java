package dev.amdahl.exercises.threadpools;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Watches the threads a function runs on: which threads they are, and how many run it at the same moment.
 * Wrap the function under test with {@link #watch(Function)}.
 */
final class Workers {

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** The same function, recording the thread that calls it and how many calls overlap. */
    <T, R> Function<T, R> watch(Function<T, R> function) {
        return input -> {
            threads.add(Thread.currentThread());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return function.apply(input);
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    /** Every thread that ran the function except {@code caller}: the pool's threads. */
    List<Thread> besides(Thread caller) {
        return threads.stream().filter(t -> t != caller).toList();
    }

    /** The most calls that ran at the same moment. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /**
     * The pool's threads still alive after waiting up to {@code millis} for them to end. A pool that was shut
     * down lets its threads end within milliseconds once their tasks are done.
     */
    List<Thread> aliveAfter(Thread caller, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (Thread thread : besides(caller)) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(left);
        }
        return besides(caller).stream().filter(Thread::isAlive).toList();
    }

    /**
     * The threads that {@code call} started and that are still alive {@code millis} after it returned: a pool it
     * made and did not shut down. The common fork/join pool's threads are not counted: no code of the exercise
     * makes that pool, and it ends its threads itself.
     */
    static List<Thread> leftBehindBy(Runnable call, long millis) throws InterruptedException {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        call.run();
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Thread> started = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                .filter(t -> !t.getName().startsWith("ForkJoinPool.commonPool")).toList();
        for (Thread thread : started) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return started.stream().filter(Thread::isAlive).toList();
    }

    /** Names threads for a message. */
    static String describe(List<Thread> threads) {
        return threads.stream().map(t -> "\"" + t.getName() + "\" (" + t.getState() + ")").toList().toString();
    }

    /** Sleeps without a checked exception, for functions under test. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
