package dev.amdahl.exercises.latency;

import java.util.LinkedList;

/**
 * The same arithmetic on the same numbers, in orders that suit the caches or do not (lecture: "make your CPU
 * happy by always giving it data that is close at hand"). A main memory reference costs 200 L1 cache
 * references; the hardware fetches memory in cache lines of 64 bytes (8 doubles) and prefetches the next ones
 * when you walk through memory in order.
 *
 * <p>A matrix is a {@code double[]} of {@code rows × cols} elements in row-major order: element (r, c) is at
 * index {@code r * cols + c}, so the elements of a row are next to each other and the elements of a column
 * are {@code cols} doubles apart.
 */
public final class CacheEffects {

    private CacheEffects() {
    }

    /**
     * The sum of all elements, visiting them row by row: (0, 0), (0, 1), … (0, cols − 1), (1, 0), …, which is
     * the order they are in memory. Each element is added to one running sum, in that order.
     *
     * @param matrix the elements, row-major
     * @param rows   how many rows, at least 1
     * @param cols   how many columns, at least 1
     * @return the sum
     * @throws IllegalArgumentException if {@code matrix.length != rows * cols}
     */
    public static double sumRowByRow(double[] matrix, int rows, int cols) {
        requireShape(matrix, rows, cols);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            for (int c = 0; c < cols; c++) {
                sum += matrix[start + c];
            }
        }
        return sum;
    }

    /**
     * The sum of all elements, visiting them column by column: (0, 0), (1, 0), … (rows − 1, 0), (0, 1), …,
     * each step {@code cols} doubles away from the last. Each element is added to one running sum, in that
     * order.
     *
     * @param matrix the elements, row-major
     * @param rows   how many rows, at least 1
     * @param cols   how many columns, at least 1
     * @return the sum
     * @throws IllegalArgumentException if {@code matrix.length != rows * cols}
     */
    public static double sumColumnByColumn(double[] matrix, int rows, int cols) {
        requireShape(matrix, rows, cols);
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                sum += matrix[r * cols + c];
            }
        }
        return sum;
    }

    /**
     * The transpose, element by element: reads the matrix row by row and writes each element into its column
     * of the result, so that every write lands {@code rows} doubles away from the last.
     *
     * @param matrix the elements, row-major
     * @param rows   how many rows, at least 1
     * @param cols   how many columns, at least 1
     * @return a new {@code cols × rows} matrix, row-major, whose element (c, r) is the matrix's (r, c)
     * @throws IllegalArgumentException if {@code matrix.length != rows * cols}
     */
    public static double[] transposeNaive(double[] matrix, int rows, int cols) {
        requireShape(matrix, rows, cols);
        double[] result = new double[matrix.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                result[c * rows + r] = matrix[r * cols + c];
            }
        }
        return result;
    }

    /**
     * The transpose, tile by tile: the matrix is cut into tiles of {@code block × block} elements (smaller at
     * the right and bottom edges when {@code block} does not divide {@code rows} or {@code cols}); each tile
     * is transposed before the next one starts, so the lines it reads and writes stay in the cache while
     * they are used.
     *
     * @param matrix the elements, row-major
     * @param rows   how many rows, at least 1
     * @param cols   how many columns, at least 1
     * @param block  the side of a tile, at least 1; larger than {@code rows} or {@code cols} is allowed
     * @return a new {@code cols × rows} matrix, row-major, whose element (c, r) is the matrix's (r, c)
     * @throws IllegalArgumentException if {@code matrix.length != rows * cols} or {@code block < 1}
     */
    public static double[] transposeBlocked(double[] matrix, int rows, int cols, int block) {
        requireShape(matrix, rows, cols);
        if (block < 1) {
            throw new IllegalArgumentException("block must be at least 1, not " + block);
        }
        double[] result = new double[matrix.length];
        for (int rowStart = 0; rowStart < rows; rowStart += block) {
            for (int colStart = 0; colStart < cols; colStart += block) {
                transposeTile(matrix, rows, cols, result, rowStart, colStart, block);
            }
        }
        return result;
    }

    /** Transposes the tile whose top left element is (rowStart, colStart) into {@code result}. */
    private static void transposeTile(double[] matrix, int rows, int cols, double[] result, int rowStart,
            int colStart, int block) {
        int rowEnd = Math.min(rows, rowStart + block);
        int colEnd = Math.min(cols, colStart + block);
        for (int r = rowStart; r < rowEnd; r++) {
            for (int c = colStart; c < colEnd; c++) {
                result[c * rows + r] = matrix[r * cols + c];
            }
        }
    }

    /**
     * The sum of an array, from the first element to the last, in one running sum.
     *
     * @param values the numbers, next to each other in memory
     * @return their sum; 0 for no numbers
     */
    public static double sumArray(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /**
     * The sum of a linked list, from the first element to the last, in one running sum. Every element is a
     * node that points to the next node and to a {@code Double} object elsewhere in memory: two pointers to
     * follow per number. Walk the list with its iterator (a for-each loop); {@code get(i)} starts from one
     * end of the list every time.
     *
     * @param values the numbers, none of them null
     * @return their sum; 0 for an empty list
     */
    public static double sumLinkedList(LinkedList<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static void requireShape(double[] matrix, int rows, int cols) {
        if (rows < 1 || cols < 1 || (long) rows * cols != matrix.length) {
            throw new IllegalArgumentException("a " + rows + " × " + cols + " matrix needs rows >= 1, cols >= 1 "
                    + "and rows × cols elements, but the array has " + matrix.length);
        }
    }
}
