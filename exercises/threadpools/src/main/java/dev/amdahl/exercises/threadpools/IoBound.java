package dev.amdahl.exercises.threadpools;

import java.time.Duration;
import java.util.List;

/**
 * Work that mostly waits: calls over a network (lecture: networks are really slow; switching between tasks
 * can keep our CPU working).
 */
public final class IoBound {

    private IoBound() {
    }

    /**
     * Fetches every URL from {@code network} on a pool of {@code threads} threads, so that up to
     * {@code threads} calls wait for their answers at the same time.
     *
     * @param urls    what to fetch, in order
     * @param threads how many threads the pool has, at least 1
     * @param network where to fetch from
     * @return the answers, the one for {@code urls.get(i)} at index {@code i}
     */
    public static List<String> fetchAll(List<String> urls, int threads, SimulatedNetwork network) {
        // TODO: this is a parallel map.
        throw new UnsupportedOperationException("TODO: implement IoBound.fetchAll (see the exercise README)");
    }

    /**
     * Fetches every URL from {@code network}, each on a virtual thread of its own
     * ({@code Executors.newVirtualThreadPerTaskExecutor()}), so that all calls can wait at the same time.
     *
     * @param urls    what to fetch, in order
     * @param network where to fetch from
     * @return the answers, the one for {@code urls.get(i)} at index {@code i}
     */
    public static List<String> fetchAllVirtual(List<String> urls, SimulatedNetwork network) {
        // TODO: one virtual thread per URL; keep the Futures in order, as in parallelMap.
        throw new UnsupportedOperationException("TODO: implement IoBound.fetchAllVirtual (see the exercise README)");
    }

    /**
     * How many threads keep {@code cores} cores busy when each of {@code tasks} tasks computes for
     * {@code compute} and waits for {@code wait} (on a network, a disk).
     *
     * <p>TODO: explain here, in your own words, why this can be far more than the number of cores.
     *
     * @param tasks   how many tasks there are, at least 1
     * @param wait    how long each task waits, doing nothing on the CPU
     * @param compute how long each task computes, at least 1 ns
     * @param cores   how many cores there are, at least 1
     * @return a number of threads, from 1 to {@code tasks}
     */
    public static int recommendedThreads(int tasks, Duration wait, Duration compute, int cores) {
        // TODO: while one thread waits, another can compute. How many threads does one core keep busy?
        throw new UnsupportedOperationException("TODO: implement IoBound.recommendedThreads (see the exercise README)");
    }
}
