package dev.amdahl.exercises.mapreduce;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.function.BinaryOperator;

/**
 * A reduction by fork/join: split the list in halves, reduce both halves at the same time, combine the two
 * results. The answer equals the sequential fold only when {@code combiner} is associative,
 * {@code (a ∘ b) ∘ c == a ∘ (b ∘ c)}, and {@code identity} is its identity, {@code identity ∘ a == a}: the
 * halves regroup the values, and each half starts from {@code identity}.
 */
public final class ParallelReduce {

    /** Lists of at most this many values are folded sequentially by {@link #reduce(List, Object, BinaryOperator)}. */
    public static final int DEFAULT_THRESHOLD = 1_000;

    private ParallelReduce() {
    }

    /**
     * Reduces the values with a {@link RecursiveTask} on a {@link ForkJoinPool}. A task whose part of the list
     * holds at most {@code threshold} values folds it sequentially from the left, starting from
     * {@code identity}. A larger part is split into halves at {@code from + (to - from) / 2}: the left half
     * {@code [from, mid)} and the right half {@code [mid, to)} are reduced as two tasks, and the result is
     * {@code combiner.apply(leftResult, rightResult)}.
     *
     * @param values    the values, in order
     * @param identity  the identity of {@code combiner}
     * @param combiner  an associative operation
     * @param threshold the most values a task folds without splitting, at least 1
     * @param <T>       the type of the values
     * @return {@code identity} for no values; the reduction of the values otherwise
     * @throws IllegalArgumentException if {@code threshold} is less than 1
     */
    public static <T> T reduce(List<T> values, T identity, BinaryOperator<T> combiner, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, not " + threshold);
        }
        List<T> list = values instanceof RandomAccess ? values : new ArrayList<>(values);
        return ForkJoinPool.commonPool().invoke(new ReduceTask<>(list, 0, list.size(), identity, combiner,
                threshold));
    }

    /**
     * Reduces the values as {@link #reduce(List, Object, BinaryOperator, int)} does, with a threshold of
     * {@link #DEFAULT_THRESHOLD}. This method is complete.
     *
     * @param values   the values, in order
     * @param identity the identity of {@code combiner}
     * @param combiner an associative operation
     * @param <T>      the type of the values
     * @return {@code identity} for no values; the reduction of the values otherwise
     */
    public static <T> T reduce(List<T> values, T identity, BinaryOperator<T> combiner) {
        return reduce(values, identity, combiner, DEFAULT_THRESHOLD);
    }

    /** Reduces {@code values[from, to)}: sequentially when small enough, by two halves otherwise. */
    private static final class ReduceTask<T> extends RecursiveTask<T> {

        private final List<T> values;
        private final int from;
        private final int to;
        private final T identity;
        private final BinaryOperator<T> combiner;
        private final int threshold;

        ReduceTask(List<T> values, int from, int to, T identity, BinaryOperator<T> combiner, int threshold) {
            this.values = values;
            this.from = from;
            this.to = to;
            this.identity = identity;
            this.combiner = combiner;
            this.threshold = threshold;
        }

        @Override
        protected T compute() {
            if (to - from <= threshold) {
                T result = identity;
                for (int i = from; i < to; i++) {
                    result = combiner.apply(result, values.get(i));
                }
                return result;
            }
            int mid = from + (to - from) / 2;
            ReduceTask<T> left = new ReduceTask<>(values, from, mid, identity, combiner, threshold);
            ReduceTask<T> right = new ReduceTask<>(values, mid, to, identity, combiner, threshold);
            left.fork();
            T rightResult = right.compute();
            return combiner.apply(left.join(), rightResult);
        }
    }
}
