package dev.amdahl.grader.timing;

/**
 * One interleaved timing trial on fresh input: the reference's sequential baseline, the reference's parallel
 * version, and the student's parallel version, each run once, in separate JVMs that share nothing.
 *
 * @param referenceSequentialNanos the baseline every speedup is measured against
 * @param referenceParallelNanos   the reference's parallel entry point
 * @param studentParallelNanos     the student's parallel entry point
 */
public record Trial(long referenceSequentialNanos, long referenceParallelNanos, long studentParallelNanos) {

    public Trial {
        if (referenceSequentialNanos <= 0 || referenceParallelNanos <= 0 || studentParallelNanos <= 0) {
            throw new IllegalArgumentException("a timing is more than 0 ns");
        }
    }

    /** How much faster the student's version ran than the baseline. */
    public double studentSpeedup() {
        return (double) referenceSequentialNanos / studentParallelNanos;
    }

    /** How much faster the reference's parallel version ran than the baseline. */
    public double referenceSpeedup() {
        return (double) referenceSequentialNanos / referenceParallelNanos;
    }

    /** The student's speedup as a share of the reference's: 1 is as good as the reference. */
    public double ratio() {
        return studentSpeedup() / referenceSpeedup();
    }
}
