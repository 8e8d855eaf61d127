package dev.amdahl.exercises.mapreduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Lecture: {@code reduce(func, intermediate_data)}, the combine step of split, apply, combine. */
@DisplayName("Reduce folds a list from the left, without the lecture's bug")
@Order(1)
class ReduceTest {

    /** A combiner that must not be called: with no values or one value there is nothing to combine. */
    private static <T> BinaryOperator<T> neverCalled() {
        return (a, b) -> {
            throw new AssertionError("combine(" + a + ", " + b + ") was called, but with fewer than two values "
                    + "there is nothing to combine.");
        };
    }

    @Test
    @Points(1)
    @DisplayName("no values give empty (or the identity), one value comes back untouched")
    @Order(1)
    void emptyAndSingleValues() {
        assertEquals(Optional.empty(), Reduce.reduce(neverCalled(), List.<String>of()), "reduce(combine, []) "
                + "should be Optional.empty(): with no values there is no result (the lecture's loop would crash "
                + "on `return value` here).");
        String identity = new String("identity");
        assertSame(identity, Reduce.reduce(neverCalled(), identity, List.of()), "reduce(combine, identity, []) "
                + "should return the identity itself.");
        StringBuilder only = new StringBuilder("only");
        Optional<StringBuilder> single = Reduce.reduce(neverCalled(), List.of(only));
        assertSame(only, single.orElseThrow(), "reduce(combine, [x]) should be Optional.of(x), the very value, "
                + "without calling combine.");
    }

    @Test
    @Points(2)
    @DisplayName("values are combined from the left, in list order: ((v0 ∘ v1) ∘ v2) ∘ …")
    @Order(2)
    void foldsLeftInListOrder() {
        Random random = Seed.random();
        for (int round = 0; round < 20; round++) {
            int size = 2 + random.nextInt(12);
            List<String> words = new ArrayList<>();
            List<Long> numbers = new ArrayList<>();
            long rest = 0;
            for (int i = 0; i < size; i++) {
                words.add(Character.toString('a' + random.nextInt(26)) + i);
                numbers.add((long) random.nextInt(1_000));
                rest += i == 0 ? 0 : numbers.get(i);
            }
            String concatenated = String.join("", words);
            assertEquals(concatenated, Reduce.reduce(String::concat, words).orElseThrow(), "Concatenation is not "
                    + "commutative: reduce(String::concat, " + words + ") should keep the list order.");
            assertEquals("<" + concatenated, Reduce.reduce(String::concat, "<", words), "reduce(String::concat, "
                    + "\"<\", " + words + ") should start from the identity and keep the list order.");
            assertEquals(numbers.get(0) - rest, Reduce.reduce((a, b) -> a - b, numbers).orElseThrow(),
                    "Subtraction is neither commutative nor associative: reduce((a, b) -> a - b, " + numbers
                    + ") should be ((v0 - v1) - v2) - …, a left fold in list order.");
            assertEquals(1_000 - numbers.get(0) - rest, Reduce.reduce((a, b) -> a - b, 1_000L, numbers),
                    "reduce((a, b) -> a - b, 1000, " + numbers + ") should be ((1000 - v0) - v1) - ….");
        }
    }

    @Test
    @Points(2)
    @DisplayName("the lecture's bug: the result is the accumulator, and a null accumulator does not restart")
    @Order(3)
    void fixesTheLecturesBug() {
        BinaryOperator<String> stopResets = (acc, value) -> "stop".equals(value) ? null : acc + "|" + value;
        List<String> values = Arrays.asList("a", "stop", "c", "d");
        String why = " The lecture's reduce has two bugs. It ends with `return value`, the last element, instead of "
                + "the accumulator `starting_value`. And it decides whether a value is the first one by "
                + "`starting_value == None`, so an accumulator that legitimately becomes None restarts the fold "
                + "from the next value (giving \"c|d\" here), as would a first value that is None. Take the first "
                + "value as the start, fold the rest into it, and return the accumulator.";

        assertEquals(6, Reduce.reduce(Integer::sum, List.of(1, 2, 3)).orElseThrow(), "reduce(+, [1, 2, 3]) should "
                + "be 6, the accumulator, not 3, the last value." + why);
        assertEquals("null|c|d", Reduce.reduce(stopResets, values).orElseThrow(), "With combine(acc, value) = null "
                + "for value \"stop\" and acc + \"|\" + value otherwise, reduce(combine, [a, stop, c, d]) should "
                + "fold on from null: combine(combine(combine(a, stop), c), d) = \"null|c|d\"." + why);
        assertEquals("null|c|d", Reduce.reduce(stopResets, "a", values.subList(1, 4)), "The same fold with the "
                + "identity \"a\" and the values [stop, c, d] should also give \"null|c|d\"." + why);
    }

    @Test
    @Points(1)
    @DisplayName("a null in the list is a value like any other; an Optional result cannot be null")
    @Order(4)
    void nullsAreValues() {
        BinaryOperator<String> join = (acc, value) -> acc + "|" + value;

        assertEquals("null|b|c", Reduce.reduce(join, Arrays.asList(null, "b", "c")).orElseThrow(), "A first value "
                + "that is null is still the first value: reduce(join, [null, b, c]) should be \"null|b|c\", not a "
                + "fold that starts again at b (the lecture's `starting_value == None` test).");
        assertEquals("a|null|c", Reduce.reduce(join, Arrays.asList("a", null, "c")).orElseThrow(), "A null in the "
                + "middle should be handed to combine like any value: reduce(join, [a, null, c]) = \"a|null|c\".");
        assertEquals("<|null|b", Reduce.reduce(join, "<", Arrays.asList(null, "b")), "reduce(join, \"<\", [null, "
                + "b]) should be \"<|null|b\".");
        assertNull(Reduce.reduce((acc, value) -> null, "x", List.of("y")), "The overload with an identity "
                + "returns whatever the fold gives, null included.");
        assertThrows(NullPointerException.class, () -> Reduce.reduce((acc, value) -> null, List.of("x", "y")),
                "reduce(combine, values) returns an Optional, which cannot hold null: when the fold gives null it "
                + "should throw a NullPointerException (as Stream.reduce does; Optional.of(null) does so), not "
                + "return Optional.empty(), which means \"no values\".");
    }
}
