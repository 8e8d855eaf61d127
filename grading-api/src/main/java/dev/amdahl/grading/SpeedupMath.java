package dev.amdahl.grading;

import java.util.Arrays;

/**
 * The arithmetic of timing shared by a student's local timer and the grader: medians and quartiles, and Amdahl's
 * law solved for the serial fraction.
 */
public final class SpeedupMath {

    private SpeedupMath() {
    }

    /** The {@code q}-quantile, by linear interpolation between the closest ranks (as spreadsheets do). */
    public static double quantile(double[] values, double q) {
        if (values.length == 0 || !(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("need at least one value and 0 <= q <= 1");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /**
     * Amdahl's law solved for the serial fraction: when a fraction {@code f} of the work runs on one core,
     * {@code p} threads give a speedup of {@code S = 1 / (f + (1 - f) / p)}, so {@code f = (p / S - 1) / (p - 1)},
     * kept between 0 and 1. NaN with one thread, where every {@code f} gives the same speedup of 1.
     */
    public static double serialFraction(double speedup, int threads) {
        if (threads < 2) {
            return Double.NaN;
        }
        double fraction = (threads / speedup - 1) / (threads - 1);
        return Math.min(1, Math.max(0, fraction));
    }
}
