package dev.amdahl.exercises.threadpools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        return ParallelMap.parallelMap(network::fetch, urls, threads);
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
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>(urls.size());
            for (String url : urls) {
                futures.add(executor.submit(() -> network.fetch(url)));
            }
            List<String> answers = new ArrayList<>(urls.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    answers.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new MapFailedException(urls.get(i), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MapFailedException(urls.get(i), e);
                }
            }
            return answers;
        }
    }

    /**
     * How many threads keep {@code cores} cores busy when each of {@code tasks} tasks computes for
     * {@code compute} and waits for {@code wait} (on a network, a disk).
     *
     * <p>A thread that waits for the network uses no core: the operating system switches the core to another
     * thread that has something to compute. One core therefore stays busy with {@code 1 + wait / compute}
     * threads: while one computes, the others wait. A task that waits 100 ms and computes 1 ms keeps a core
     * busy only 1 % of the time, so about 101 threads per core are needed. A task that never waits gains
     * nothing from more threads than cores: they only take turns on the same cores. More threads than tasks
     * would have nothing to do.
     *
     * @param tasks   how many tasks there are, at least 1
     * @param wait    how long each task waits, doing nothing on the CPU
     * @param compute how long each task computes, at least 1 ns
     * @param cores   how many cores there are, at least 1
     * @return a number of threads, from 1 to {@code tasks}
     */
    public static int recommendedThreads(int tasks, Duration wait, Duration compute, int cores) {
        long computeNanos = Math.max(1, compute.toNanos());
        double perCore = 1.0 + (double) wait.toNanos() / computeNanos;
        double threads = Math.ceil(cores * perCore);
        return (int) Math.max(1, Math.min(tasks, threads));
    }
}
