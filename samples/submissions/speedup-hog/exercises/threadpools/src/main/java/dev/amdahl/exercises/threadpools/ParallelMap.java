package dev.amdahl.exercises.threadpools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A map that applies one function to every input, once one after the other and once on a pool of threads
 * (lecture: {@code pool = ThreadPool(4)}, {@code results = pool.map(my_function, my_array)}).
 */
public final class ParallelMap {

    private ParallelMap() {
    }

    /**
     * Applies {@code function} to every input, one after the other, on the calling thread: the lecture's
     * sequential loop, {@code for item in my_array: results.append(my_function(item))}.
     *
     * @param function what to apply to each input
     * @param inputs   the inputs, in order
     * @param <T>      the type of the inputs
     * @param <R>      the type of the results
     * @return the results, the one for {@code inputs.get(i)} at index {@code i}
     */
    public static <T, R> List<R> sequentialMap(Function<? super T, ? extends R> function, List<T> inputs) {
        List<R> results = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            results.add(function.apply(input));
        }
        return results;
    }

    /**
     * Applies {@code function} to every input on a pool of {@code threads} threads, like the lecture's
     * {@code ThreadPool(threads).map(function, inputs)}, and returns the results in the order of the inputs,
     * whatever order they finish in.
     *
     * <p>The pool is created here and always shut down before this method returns, also when the function
     * fails: a pool that is not shut down keeps its threads alive, waiting for more work that never comes.
     * If the function throws on some inputs, this method throws a {@link MapFailedException} for the first of
     * them in the order of the inputs, with what the function threw as its cause.
     *
     * @param function what to apply to each input; it is called from the pool's threads
     * @param inputs   the inputs, in order
     * @param threads  how many threads the pool has, at least 1
     * @param <T>      the type of the inputs
     * @param <R>      the type of the results
     * @return the results, the one for {@code inputs.get(i)} at index {@code i}
     * @throws MapFailedException if the function throws, naming the first input (in input order) it failed on
     */
    public static <T, R> List<R> parallelMap(Function<? super T, ? extends R> function, List<T> inputs,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, not " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                futures.add(pool.submit(() -> function.apply(input)));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(resultOf(futures.get(i), inputs.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one task, and turns its failure into a failure that names its input. */
    private static <R> R resultOf(Future<R> future, Object input) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new MapFailedException(input, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapFailedException(input, e);
        }
    }
}
