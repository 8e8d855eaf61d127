package dev.amdahl.exercises.mapreduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Lecture: split, apply, combine, with the split done by fork/join. */
@DisplayName("ParallelReduce reduces by fork/join, which is right for associative operations only")
@Order(3)
class ParallelReduceTest {

    private static final int[] SIZES = {0, 1, 2, 3, 5, 8, 17, 100, 1_000, 4_097, 20_000};
    private static final int[] THRESHOLDS = {1, 2, 3, 7, 64, 1_000, 100_000};

    @Test
    @Points(2)
    @DisplayName("sum, concatenation and max by fork/join equal the sequential fold, for any size and threshold")
    @Order(1)
    void associativeOperationsGiveTheSequentialAnswer() {
        Random random = Seed.random();
        for (int size : SIZES) {
            List<Long> numbers = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                numbers.add(random.nextLong(-1_000_000, 1_000_000));
                words.add(Character.toString('a' + random.nextInt(26)));
            }
            long sum = numbers.stream().mapToLong(Long::longValue).sum();
            long max = numbers.stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
            String concatenated = String.join("", words);
            for (int threshold : THRESHOLDS) {
                String which = " (" + size + " values, threshold " + threshold + ")";
                assertEquals(sum, ParallelReduce.reduce(numbers, 0L, Long::sum, threshold), "The sum by fork/join "
                        + "should equal the sequential sum" + which + ".");
                assertEquals(max, ParallelReduce.reduce(numbers, Long.MIN_VALUE, Math::max, threshold), "The "
                        + "maximum by fork/join should equal the sequential maximum" + which + ".");
                assertEquals(concatenated, ParallelReduce.reduce(words, "", String::concat, threshold),
                        "Concatenation is associative but not commutative: the halves may be computed in any order, "
                        + "but combined as combiner(left, right), never (right, left)" + which + ".");
            }
        }
        List<Long> many = LongStream.range(0, 50_000).boxed().toList();
        assertEquals(50_000L * 49_999 / 2, ParallelReduce.reduce(many, 0L, Long::sum), "reduce with the default "
                + "threshold should sum 0 … 49,999 to 1,249,975,000.");
        assertThrows(IllegalArgumentException.class, () -> ParallelReduce.reduce(many, 0L, Long::sum, 0),
                "A threshold of 0 can never be reached: reduce should throw an IllegalArgumentException.");
    }

    @Test
    @Points(2)
    @DisplayName("subtraction is not associative: by fork/join it gives another answer than the sequential fold")
    @Order(2)
    void nonAssociativeOperationsRegroup() {
        List<Long> values = LongStream.rangeClosed(1, 8).boxed().toList();

        assertEquals(-36L, ParallelReduce.reduce(values, 0L, (a, b) -> a - b, 8), "With threshold 8 the 8 values "
                + "[1 … 8] are one task, folded sequentially from the identity: 0 - 1 - 2 - … - 8 = -36.");
        assertEquals(0L, ParallelReduce.reduce(values, 0L, (a, b) -> a - b, 2), "Split, apply, combine is only "
                + "right for an associative combiner, (a ∘ b) ∘ c = a ∘ (b ∘ c): splitting regroups the values. "
                + "Subtraction is not associative, so with threshold 2 the halves [1 … 4] and [5 … 8], then "
                + "[1, 2] [3, 4] [5, 6] [7, 8], give ((0-1-2) - (0-3-4)) - ((0-5-6) - (0-7-8)) = (-3 + 7) - (-11 "
                + "+ 15) = 0, not the sequential -36. Your reduce should split in halves until a part holds at most "
                + "`threshold` values, fold each such part from the identity, and combine(left, right).");
    }
}
