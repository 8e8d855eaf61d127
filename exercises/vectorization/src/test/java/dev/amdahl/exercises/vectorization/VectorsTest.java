package dev.amdahl.exercises.vectorization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Lecture: vectorizing functions is the easiest step to writing fast code. Every method is compared with
 * the exact answer, within the tolerances explained in {@link Exact}: the additions may happen in any order,
 * but every element must be added exactly once.
 */
@DisplayName("Vectors: axpy, dot and sum, as loops the JIT can vectorize, boxed, and unrolled")
@Order(1)
class VectorsTest {

    /**
     * 2⁵³: from here on, doubles are 2 apart, so 2⁵³ + 1 is rounded (to even) back to 2⁵³ and the 1 is lost.
     * Every whole number of smaller size is a double exactly.
     */
    private static final double BIG = 0x1p53;

    /** Every length from 0 to 17 (every remainder modulo 4, several times), then a few larger ones. */
    private static List<Integer> lengths(Random random) {
        List<Integer> lengths = new ArrayList<>();
        for (int n = 0; n <= 17; n++) {
            lengths.add(n);
        }
        for (int i = 0; i < 4; i++) {
            lengths.add(100 + random.nextInt(100_000));
        }
        return lengths;
    }

    /** Numbers between 0.5 and 1.5 in size, of either sign: leaving one out is never a rounding error. */
    private static double[] randomVector(Random random, int length) {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = (0.5 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        }
        return x;
    }

    private static List<Double> boxed(double[] x) {
        List<Double> list = new ArrayList<>(x.length);
        for (double value : x) {
            list.add(value);
        }
        return list;
    }

    @Test
    @Points(2)
    @DisplayName("axpy computes a·x + y, element by element")
    @Order(1)
    void axpyComputesAxPlusY() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double a = random.nextDouble() * 10 - 5;
            double[] x = randomVector(random, n);
            double[] y = randomVector(random, n);

            double[] result = Vectors.axpy(a, x, y);

            assertEquals(n, result.length, "axpy of two vectors of length " + n + " should have length " + n + ".");
            for (int i = 0; i < n; i++) {
                double expected = a * x[i] + y[i];
                assertEquals(expected, result[i], Exact.EPSILON * (Math.abs(a * x[i]) + Math.abs(y[i])),
                        "Element " + i + " of axpy(" + a + ", x, y) should be a * x[" + i + "] + y[" + i + "] = "
                                + expected + " (within ε·(|a·xᵢ| + |yᵢ|), room for Math.fma's single rounding).");
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("axpy returns a new array and leaves x and y as they were")
    @Order(2)
    void axpyReturnsANewArray() {
        double[] x = {1, 2, 3};
        double[] y = {10, 20, 30};

        double[] result = Vectors.axpy(2, x, y);

        assertArrayEquals(new double[] {12, 24, 36}, result, "axpy(2, {1, 2, 3}, {10, 20, 30}) is {12, 24, 36}.");
        assertNotSame(x, result, "axpy should return a new array, not x.");
        assertNotSame(y, result, "axpy should return a new array, not y.");
        assertArrayEquals(new double[] {1, 2, 3}, x, "axpy should leave x as it was.");
        assertArrayEquals(new double[] {10, 20, 30}, y, "axpy should leave y as it was.");
        assertEquals(0, Vectors.axpy(3, new double[0], new double[0]).length, "axpy of empty vectors is empty.");
    }

    @Test
    @Points(2)
    @DisplayName("dot adds up the products of every pair of elements")
    @Order(3)
    void dotIsTheDotProduct() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double[] x = randomVector(random, n);
            double[] y = randomVector(random, n);
            assertEquals(Exact.dot(x, y), Vectors.dot(x, y), Exact.dotTolerance(x, y), "dot of two vectors of "
                    + "length " + n + " should be x[0]·y[0] + … + x[" + (n - 1) + "]·y[" + (n - 1) + "] (within "
                    + "(n + 1)·ε·Σ|xᵢ·yᵢ| of the exact value, for rounding).");
        }
    }

    @Test
    @Points(1)
    @DisplayName("sum adds up every element")
    @Order(4)
    void sumIsTheSum() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double[] x = randomVector(random, n);
            assertEquals(Exact.sum(x), Vectors.sum(x), Exact.sumTolerance(x), "sum of a vector of length " + n
                    + " should add all its elements (within n·ε·Σ|xᵢ| of the exact sum, for rounding).");
        }
    }

    @Test
    @Points(1)
    @DisplayName("dotBoxed gives the dot product of two List<Double>")
    @Order(5)
    void dotBoxedIsTheDotProduct() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double[] x = randomVector(random, n);
            double[] y = randomVector(random, n);
            assertEquals(Exact.dot(x, y), Vectors.dotBoxed(boxed(x), boxed(y)), Exact.dotTolerance(x, y),
                    "dotBoxed of two lists of size " + n + " should be the dot product, as dot gives it for arrays "
                            + "(within (n + 1)·ε·Σ|xᵢ·yᵢ|).");
        }
    }

    @Test
    @Points(1)
    @DisplayName("sumBoxed gives the sum of a List<Double>")
    @Order(6)
    void sumBoxedIsTheSum() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double[] x = randomVector(random, n);
            assertEquals(Exact.sum(x), Vectors.sumBoxed(boxed(x)), Exact.sumTolerance(x), "sumBoxed of a list of "
                    + "size " + n + " should be the sum of its elements (within n·ε·Σ|xᵢ|).");
        }
    }

    @Test
    @Points(2)
    @DisplayName("sumUnrolled adds every element, for every length, multiples of 4 or not")
    @Order(7)
    void sumUnrolledAddsTheTail() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double[] x = randomVector(random, n);
            assertEquals(Exact.sum(x), Vectors.sumUnrolled(x), Exact.sumTolerance(x), "sumUnrolled of a vector of "
                    + "length " + n + " (" + n % 4 + " more than a multiple of 4) should add all its elements, "
                    + "within n·ε·Σ|xᵢ| of the exact sum. The 4-at-a-time loop stops before the last n % 4 "
                    + "elements: add that tail too.");
        }
    }

    @Test
    @Points(2)
    @DisplayName("dotUnrolled adds every product, for every length, multiples of 4 or not")
    @Order(8)
    void dotUnrolledAddsTheTail() {
        Random random = Seed.random();
        for (int n : lengths(random)) {
            double[] x = randomVector(random, n);
            double[] y = randomVector(random, n);
            assertEquals(Exact.dot(x, y), Vectors.dotUnrolled(x, y), Exact.dotTolerance(x, y), "dotUnrolled of "
                    + "two vectors of length " + n + " (" + n % 4 + " more than a multiple of 4) should be the dot "
                    + "product, within (n + 1)·ε·Σ|xᵢ·yᵢ|. The 4-at-a-time loop stops before the last n % 4 "
                    + "products: add that tail too.");
        }
    }

    /**
     * 2⁵³, 1, 1, 1, −2⁵³, 1, 1, 1, repeated, then {@code tail} more 1s. In one running sum, the 1s that
     * follow 2⁵³ are lost. In 4 running sums that take element i into sum i % 4, sum 0 only ever holds 2⁵³
     * or 0, sums 1 to 3 only hold small whole numbers, and the result is exact.
     */
    private static double[] cancelling(int blocks, int tail) {
        double[] x = new double[8 * blocks + tail];
        for (int i = 0; i < x.length; i++) {
            x[i] = i >= 8 * blocks || i % 4 != 0 ? 1 : i % 8 == 0 ? BIG : -BIG;
        }
        return x;
    }

    @Test
    @Points(1)
    @DisplayName("sumUnrolled and dotUnrolled keep 4 running sums, element i in sum i % 4")
    @Order(9)
    void unrolledKeepsFourIndependentSums() {
        Random random = Seed.random();
        int blocks = 1 + random.nextInt(1_000);
        int tail = 1 + random.nextInt(3);
        double[] x = cancelling(blocks, tail);
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1);
        double expected = 6.0 * blocks + tail;
        String why = " of 2⁵³, 1, 1, 1, −2⁵³, 1, 1, 1, … (" + x.length + " elements, then " + tail + " more 1s) is "
                + "exactly " + expected + " when element i goes into running sum i % 4: sum 0 cancels 2⁵³ − 2⁵³, "
                + "the others count 1s exactly. One running sum loses the 1s that follow 2⁵³ (2⁵³ + 1 rounds back "
                + "to 2⁵³): the order of floating-point additions changes the result, which is why the JIT may not "
                + "reorder them for you (lecture: vectorization).";

        assertEquals(expected, Vectors.sumUnrolled(x), "sumUnrolled" + why);
        assertEquals(expected, Vectors.dotUnrolled(x, ones), "dotUnrolled(x, ones)" + why);
        assertEquals(expected, Vectors.dotUnrolled(ones, x), "dotUnrolled(ones, x)" + why);
    }

    @Test
    @Points(1)
    @DisplayName("two vectors of different lengths are refused, with a message that names both lengths")
    @Order(10)
    void refusesDifferentLengths() {
        double[] three = {1, 2, 3};
        double[] four = {1, 2, 3, 4};
        List<Executable> calls = List.of(() -> Vectors.axpy(2, three, four), () -> Vectors.dot(four, three),
                () -> Vectors.dotUnrolled(three, four), () -> Vectors.dotBoxed(boxed(four), boxed(three)));
        List<String> names = List.of("axpy(2, x, y)", "dot(x, y)", "dotUnrolled(x, y)", "dotBoxed(x, y)");
        for (int i = 0; i < calls.size(); i++) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, calls.get(i),
                    names.get(i) + " with vectors of 3 and 4 elements should throw an IllegalArgumentException: "
                            + "element by element needs as many elements on both sides.");
            String message = String.valueOf(e.getMessage());
            assertTrue(message.contains("3") && message.contains("4"), names.get(i) + " should say in its "
                    + "message how long both vectors are (3 and 4), so that the caller sees what went wrong; it "
                    + "said: " + message);
        }
    }
}
