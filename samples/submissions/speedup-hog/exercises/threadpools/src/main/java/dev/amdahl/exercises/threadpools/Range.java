package dev.amdahl.exercises.threadpools;

/**
 * The whole numbers from {@code from} (included) to {@code to} (excluded). This record is complete; you do
 * not need to change it.
 *
 * @param from the first number in the range
 * @param to   the first number after the range; {@code from == to} is an empty range
 */
public record Range(long from, long to) {

    /** Refuses a range that ends before it starts. */
    public Range {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a range needs 0 <= from <= to, not [" + from + ", " + to + ")");
        }
    }

    /**
     * How many numbers the range holds.
     *
     * @return {@code to - from}
     */
    public long size() {
        return to - from;
    }
}
