package dev.amdahl.grader.intake;

/**
 * How much one submission may hold once unpacked, copied or checked out. Every count is of what is actually
 * written, never of what an archive declares, since a hostile archive can declare anything.
 *
 * @param maxEntries    files and folders in one submission
 * @param maxBytes      bytes written for one submission, in all
 * @param maxEntryBytes bytes written for one file
 * @param maxRatio      bytes written per byte of archive; source code compresses about 5 times, a zip bomb a
 *                      thousand times
 */
public record IntakeLimits(int maxEntries, long maxBytes, long maxEntryBytes, int maxRatio) {

    private static final long MIB = 1024L * 1024;

    /** How many times one submission's limits a whole class's archive may hold. */
    private static final int CLASS_FACTOR = 50;

    public IntakeLimits {
        if (maxEntries < 1 || maxBytes < 1 || maxEntryBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** 10,000 entries, 200 MiB in all, 50 MiB per file, 100 bytes written per byte of archive. */
    public static IntakeLimits defaults() {
        return new IntakeLimits(10_000, 200 * MIB, 50 * MIB, 100);
    }

    /**
     * The limits for an archive holding the whole class: many submissions' worth, and one of its files (a
     * student's archive) may be as large as a whole submission.
     */
    public IntakeLimits forClassArchive() {
        return new IntakeLimits(Math.multiplyExact(maxEntries, CLASS_FACTOR),
                Math.multiplyExact(maxBytes, CLASS_FACTOR), maxBytes, maxRatio);
    }
}
