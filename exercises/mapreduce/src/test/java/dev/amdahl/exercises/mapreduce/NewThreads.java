package dev.amdahl.exercises.mapreduce;

import java.util.List;
import java.util.Set;

/**
 * The threads that start between {@link #since()} and a later look: a pool created by the code under test and
 * never shut down leaves its (non-daemon) threads alive, waiting for work that never comes.
 */
final class NewThreads {

    private final Set<Thread> before;

    private NewThreads(Set<Thread> before) {
        this.before = before;
    }

    /** Remembers the threads alive now. */
    static NewThreads since() {
        return new NewThreads(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /**
     * The non-daemon threads that started since {@link #since()} and are still alive after waiting up to
     * {@code millis} for them to end. A pool that was shut down lets its threads end within milliseconds.
     */
    List<Thread> stillAliveAfter(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Thread> alive = started();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            alive = started();
        }
        return alive;
    }

    private List<Thread> started() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t != self && t.isAlive() && !t.isDaemon() && !before.contains(t))
                .toList();
    }

    /** Names threads for a message. */
    static String describe(List<Thread> threads) {
        return threads.stream().map(t -> "\"" + t.getName() + "\" (" + t.getState() + ")").toList().toString();
    }
}
