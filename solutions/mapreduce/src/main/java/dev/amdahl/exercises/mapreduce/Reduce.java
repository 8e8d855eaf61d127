package dev.amdahl.exercises.mapreduce;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The lecture's {@code reduce}, done right: a left fold, {@code ((v0 ∘ v1) ∘ v2) ∘ …}, in the order of the list.
 *
 * <p><b>Nulls.</b> {@code null} is a value like any other: a {@code null} in the list is handed to
 * {@code combine} like the other values, and an accumulator that becomes {@code null} goes on being folded
 * ({@code combine(null, next)}). Neither ever restarts the fold. Only the overload that returns an
 * {@link Optional} cannot give {@code null} back, as an {@code Optional} cannot hold it: it throws a
 * {@link NullPointerException} instead, as {@code Stream.reduce} does. Use the overload with an identity when
 * {@code null} is a possible answer.
 */
public final class Reduce {

    private Reduce() {
    }

    /**
     * Folds the values from the left without a starting value: the first value is the start.
     *
     * @param combine how to combine the result so far with the next value
     * @param values  the values, in order
     * @param <T>     the type of the values
     * @return empty for no values; the only value, untouched, for one value; otherwise
     *         {@code combine(…combine(combine(v0, v1), v2)…, vn)}
     * @throws NullPointerException if the result is {@code null}
     */
    public static <T> Optional<T> reduce(BinaryOperator<T> combine, List<T> values) {
        Iterator<T> rest = values.iterator();
        if (!rest.hasNext()) {
            return Optional.empty();
        }
        T result = rest.next();
        while (rest.hasNext()) {
            result = combine.apply(result, rest.next());
        }
        return Optional.of(Objects.requireNonNull(result, "the reduction gave null, which an Optional cannot hold; "
                + "use reduce(combine, identity, values) when null is a possible answer"));
    }

    /**
     * Folds the values from the left, starting from {@code identity}.
     *
     * @param combine  how to combine the result so far with the next value
     * @param identity the starting value
     * @param values   the values, in order
     * @param <T>      the type of the values
     * @return {@code identity} for no values; otherwise {@code combine(…combine(identity, v0)…, vn)}
     */
    public static <T> T reduce(BinaryOperator<T> combine, T identity, List<T> values) {
        T result = identity;
        for (T value : values) {
            result = combine.apply(result, value);
        }
        return result;
    }
}
