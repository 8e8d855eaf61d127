package dev.amdahl.exercises.mapreduce;

import java.util.List;
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
        // TODO: write a (nested) class that extends RecursiveTask<T> and holds the list, its part [from, to), the
        //  identity, the combiner and the threshold. Its compute(): a small part is folded in a loop from the
        //  identity; a larger one makes two tasks for the halves, forks the left, computes the right, joins the
        //  left and returns combiner.apply(left, right). Here: check the threshold, then
        //  ForkJoinPool.commonPool().invoke(the task for [0, values.size())).
        throw new UnsupportedOperationException("TODO: implement ParallelReduce.reduce (see the exercise README)");
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
}
