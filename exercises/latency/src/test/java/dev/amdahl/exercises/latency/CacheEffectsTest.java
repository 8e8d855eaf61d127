package dev.amdahl.exercises.latency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Lecture: make your CPU happy by always giving it data that is close at hand. These tests check that each
 * method computes the right thing, in the order its name says; how fast each order is, CacheTimer shows you.
 * Sums are compared with the tolerance explained in {@link Rounding#sumTolerance}; transposes exactly, since
 * they only move numbers and never round.
 */
@DisplayName("CacheEffects sums and transposes in cache-friendly and cache-hostile orders")
@Order(2)
class CacheEffectsTest {

    /**
     * 2⁵³: from here on, doubles are 2 apart, so 2⁵³ + 1 is rounded (to even) back to 2⁵³ and the 1 is lost.
     * Every whole number of smaller size is a double exactly.
     */
    private static final double BIG = 0x1p53;

    /** A few shapes that are easy to get wrong, then random ones. */
    private static List<int[]> shapes(Random random) {
        List<int[]> shapes = new ArrayList<>(List.of(new int[] {1, 1}, new int[] {1, 9}, new int[] {9, 1},
                new int[] {3, 5}, new int[] {64, 64}, new int[] {37, 53}));
        for (int i = 0; i < 8; i++) {
            shapes.add(new int[] {1 + random.nextInt(300), 1 + random.nextInt(300)});
        }
        return shapes;
    }

    private static double[] randomValues(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        return values;
    }

    private static String shape(int rows, int cols) {
        return rows + " × " + cols;
    }

    @Test
    @Points(2)
    @DisplayName("sumRowByRow adds up every element of the matrix")
    @Order(1)
    void sumRowByRowSumsEverything() {
        Random random = Seed.random();
        for (int[] shape : shapes(random)) {
            double[] matrix = randomValues(random, shape[0] * shape[1]);
            assertEquals(Rounding.exactSum(matrix), CacheEffects.sumRowByRow(matrix, shape[0], shape[1]),
                    Rounding.sumTolerance(matrix), "sumRowByRow of a " + shape(shape[0], shape[1]) + " matrix "
                            + "should add all " + matrix.length + " elements (within n·ε·Σ|x| of the exact sum, for "
                            + "rounding). Element (r, c) of a row-major matrix is at index r * cols + c.");
        }
    }

    @Test
    @Points(2)
    @DisplayName("sumColumnByColumn adds up every element of the matrix")
    @Order(3)
    void sumColumnByColumnSumsEverything() {
        Random random = Seed.random();
        for (int[] shape : shapes(random)) {
            double[] matrix = randomValues(random, shape[0] * shape[1]);
            assertEquals(Rounding.exactSum(matrix), CacheEffects.sumColumnByColumn(matrix, shape[0], shape[1]),
                    Rounding.sumTolerance(matrix), "sumColumnByColumn of a " + shape(shape[0], shape[1])
                            + " matrix should add all " + matrix.length + " elements (within n·ε·Σ|x| of the exact "
                            + "sum, for rounding). Element (r, c) of a row-major matrix is at index r * cols + c, "
                            + "not c * rows + r.");
        }
    }

    /**
     * A matrix whose sum is exact when added column by column, but not row by row: column 0 holds 2⁵³, −2⁵³,
     * 2⁵³, … (rows is even), every other element is 1. Column by column, 2⁵³ − 2⁵³ cancels before any 1 is
     * added, and every partial sum afterwards is a small whole number, which a double holds exactly. Row by
     * row, the 1s that follow 2⁵³ are lost.
     */
    private static double[] exactByColumns(int rows, int cols) {
        double[] matrix = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                matrix[r * cols + c] = c > 0 ? 1 : r % 2 == 0 ? BIG : -BIG;
            }
        }
        return matrix;
    }

    @Test
    @Points(1)
    @DisplayName("sumRowByRow visits the elements in the order they are in memory, row after row")
    @Order(2)
    void sumRowByRowGoesRowByRow() {
        Random random = Seed.random();
        int rows = 2 + random.nextInt(200);
        int cols = 2 * (1 + random.nextInt(100));
        double[] matrix = transposed(exactByColumns(cols, rows), cols, rows);

        assertEquals((double) cols * (rows - 1), CacheEffects.sumRowByRow(matrix, rows, cols), "Row 0 of this "
                + shape(rows, cols) + " matrix is 2⁵³, −2⁵³, 2⁵³, …; every other element is 1. Row by row, 2⁵³ − "
                + "2⁵³ cancels before any 1 is added, and the sum of the 1s is exact. Column by column, each 1 "
                + "added to 2⁵³ is lost (2⁵³ + 1 rounds back to 2⁵³). A different order gives a different double: "
                + "add the elements in memory order, (0, 0), (0, 1), (0, 2), …");
    }

    @Test
    @Points(1)
    @DisplayName("sumColumnByColumn visits the elements column after column")
    @Order(4)
    void sumColumnByColumnGoesColumnByColumn() {
        Random random = Seed.random();
        int rows = 2 * (1 + random.nextInt(100));
        int cols = 2 + random.nextInt(200);
        double[] matrix = exactByColumns(rows, cols);

        assertEquals((double) rows * (cols - 1), CacheEffects.sumColumnByColumn(matrix, rows, cols), "Column 0 "
                + "of this " + shape(rows, cols) + " matrix is 2⁵³, −2⁵³, 2⁵³, …; every other element is 1. Column "
                + "by column, 2⁵³ − 2⁵³ cancels before any 1 is added, and the sum of the 1s is exact. Row by row, "
                + "each 1 added to 2⁵³ is lost (2⁵³ + 1 rounds back to 2⁵³). A different order gives a different "
                + "double: add (0, 0), (1, 0), (2, 0), … first, then (0, 1), (1, 1), …");
    }

    @Test
    @Points(2)
    @DisplayName("transposeNaive turns element (r, c) into element (c, r)")
    @Order(5)
    void transposeNaiveTransposes() {
        Random random = Seed.random();
        for (int[] shape : shapes(random)) {
            double[] matrix = randomValues(random, shape[0] * shape[1]);
            assertArrayEquals(transposed(matrix, shape[0], shape[1]),
                    CacheEffects.transposeNaive(matrix, shape[0], shape[1]), "The transpose of a "
                            + shape(shape[0], shape[1]) + " matrix is a " + shape(shape[1], shape[0]) + " matrix "
                            + "whose element (c, r), at index c * rows + r, is the matrix's (r, c), at index "
                            + "r * cols + c.");
        }
    }

    @Test
    @Points(3)
    @DisplayName("transposeBlocked gives the same transpose for any block size, even one that divides nothing")
    @Order(6)
    void transposeBlockedTransposes() {
        Random random = Seed.random();
        for (int[] shape : shapes(random)) {
            double[] matrix = randomValues(random, shape[0] * shape[1]);
            double[] expected = transposed(matrix, shape[0], shape[1]);
            for (int block : new int[] {1, 2, 3, 7, 8, 16, 1 + random.nextInt(100), 1_000}) {
                assertArrayEquals(expected, CacheEffects.transposeBlocked(matrix, shape[0], shape[1], block),
                        "transposeBlocked of a " + shape(shape[0], shape[1]) + " matrix in tiles of " + block
                                + " × " + block + " should give the same transpose as transposeNaive. Tiles at "
                                + "the right and bottom edges are smaller when " + block + " does not divide the "
                                + "rows or the columns: end each tile at Math.min(start + block, rows) (or cols).");
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("a matrix of the wrong size or a block below 1 is refused; the matrix is never changed")
    @Order(7)
    void refusesWrongShapesAndKeepsTheMatrix() {
        double[] six = {1, 2, 3, 4, 5, 6};
        String why = " should throw an IllegalArgumentException: the array has 6 elements, not rows × cols.";
        assertThrows(IllegalArgumentException.class, () -> CacheEffects.sumRowByRow(six, 2, 4),
                "sumRowByRow(6 elements, 2, 4)" + why);
        assertThrows(IllegalArgumentException.class, () -> CacheEffects.sumColumnByColumn(six, 4, 2),
                "sumColumnByColumn(6 elements, 4, 2)" + why);
        assertThrows(IllegalArgumentException.class, () -> CacheEffects.transposeNaive(six, 2, 2),
                "transposeNaive(6 elements, 2, 2)" + why);
        assertThrows(IllegalArgumentException.class, () -> CacheEffects.transposeBlocked(six, 1, 5, 2),
                "transposeBlocked(6 elements, 1, 5, 2)" + why);
        for (int block : new int[] {0, -4}) {
            assertThrows(IllegalArgumentException.class, () -> CacheEffects.transposeBlocked(six, 2, 3, block),
                    "transposeBlocked with block = " + block + " should throw an IllegalArgumentException: a tile "
                            + "needs at least 1 × 1 elements.");
        }

        double[] column = {1, 2, 3, 4, 5, 6};
        double[] naive = CacheEffects.transposeNaive(column, 6, 1);
        double[] blocked = CacheEffects.transposeBlocked(column, 6, 1, 4);
        assertNotSame(column, naive, "transposeNaive should return a new array, even when the transpose holds "
                + "the same numbers in the same order (a 6 × 1 matrix).");
        assertNotSame(column, blocked, "transposeBlocked should return a new array.");
        assertArrayEquals(six, column, "The transposes should not change the matrix they are given.");
    }

    @Test
    @Points(1)
    @DisplayName("sumArray adds up every number of an array, and gives 0 for none")
    @Order(8)
    void sumArraySumsEverything() {
        Random random = Seed.random();
        for (int length : new int[] {1, 2, 7, 1 + random.nextInt(100_000)}) {
            double[] values = randomValues(random, length);
            assertEquals(Rounding.exactSum(values), CacheEffects.sumArray(values), Rounding.sumTolerance(values),
                    "sumArray of " + length + " numbers should add them all (within n·ε·Σ|x| of the exact sum).");
        }
        assertEquals(0, CacheEffects.sumArray(new double[0]), "The sum of no numbers is 0.");
    }

    @Test
    @Points(2)
    @DisplayName("sumLinkedList adds up every number of a LinkedList, leaves the list as it was, and gives 0 for none")
    @Order(9)
    void sumLinkedListSumsEverything() {
        Random random = Seed.random();
        // At most 20,000 numbers: this test checks the sum. A walk by get(i) costs the structure rule its points,
        // and with n²/4 pointer hops (0.2 s at this length, 5 s at 100,000) it would also race the time limit
        // on a busy machine, so the same code would pass or fail by the machine's load.
        for (int length : new int[] {1, 2, 7, 1 + random.nextInt(20_000)}) {
            double[] values = randomValues(random, length);
            LinkedList<Double> list = new LinkedList<>();
            for (double value : values) {
                list.add(value);
            }
            List<Double> before = new ArrayList<>(list);

            assertEquals(Rounding.exactSum(values), CacheEffects.sumLinkedList(list), Rounding.sumTolerance(values),
                    "sumLinkedList of " + length + " numbers should add them all (within n·ε·Σ|x| of the exact "
                            + "sum).");
            assertEquals(before, list, "sumLinkedList should leave the list as it was: walk it with a for-each "
                    + "loop (its iterator) rather than take numbers out of it.");
        }
        assertEquals(0, CacheEffects.sumLinkedList(new LinkedList<>()), "The sum of an empty list is 0.");
    }

    /** The transpose, written here independently of the code under test. */
    private static double[] transposed(double[] matrix, int rows, int cols) {
        double[] result = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            result[(i % cols) * rows + i / cols] = matrix[i];
        }
        return result;
    }
}
