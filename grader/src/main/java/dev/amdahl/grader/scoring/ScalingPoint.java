package dev.amdahl.grader.scoring;

/**
 * The student's parallel version on {@code threads} threads: its median time, and its speedup over the
 * reference's sequential time.
 */
public record ScalingPoint(int threads, double millis, double speedup) {

    /** Speedup per thread. */
    public double efficiency() {
        return speedup / threads;
    }
}
