package dev.amdahl.exercises.threadpools;

import java.util.List;
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
        // TODO: one loop, one result per input, in order.
        throw new UnsupportedOperationException("TODO: implement ParallelMap.sequentialMap (see the exercise README)");
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
        // TODO: create an ExecutorService with `threads` threads (Executors.newFixedThreadPool), submit one task
        //  per input and keep the Futures in input order; then get() them in that order. Shut the pool down in a
        //  finally block (or use try-with-resources). Turn an ExecutionException into a MapFailedException.
        throw new UnsupportedOperationException("TODO: implement ParallelMap.parallelMap (see the exercise README)");
    }
}
