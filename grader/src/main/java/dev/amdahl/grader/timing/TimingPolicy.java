package dev.amdahl.grader.timing;

/**
 * How a measured speedup turns into points. The score comes from the ratio of the student's speedup to the
 * reference's, both against the reference's sequential time, so a slow sequential version cannot inflate it and
 * the machine's core count cancels out.
 *
 * @param points    what a speedup as good as {@code fullAt} earns
 * @param fullAt    the ratio from which the points are full, e.g. 0.8
 * @param floorAt   the ratio under which nothing is earned, e.g. 0.3; linear in between
 * @param maxSpread the widest spread of the trials' ratios (interquartile range over median) that still decides
 * @param retries   how many more times a run too noisy to decide is measured before a human must look
 * @param minCores  the fewest cores on which a speedup means anything
 * @param referenceGain the share of each core beyond the first that the reference's own speedup must show: when
 *                      the reference cannot get faster here (a busy machine, cores that are not really there), the
 *                      ratio to its speedup means nothing, so nothing is scored
 */
public record TimingPolicy(double points, double fullAt, double floorAt, double maxSpread, int retries,
        int minCores, double referenceGain) {

    public TimingPolicy {
        if (!(points >= 0) || !(floorAt >= 0) || !(fullAt > floorAt) || !(maxSpread > 0) || retries < 0
                || minCores < 2 || !(referenceGain >= 0) || !(referenceGain <= 1)) {
            throw new IllegalArgumentException("need points >= 0, 0 <= floorAt < fullAt, maxSpread > 0, retries >= 0,"
                    + " minCores >= 2 and 0 <= referenceGain <= 1");
        }
    }

    /**
     * Full points from 80 % of the reference's speedup, none under 30 %, a spread of 20 % at most, 2 retries, the
     * reference gaining half of every extra core.
     */
    public static TimingPolicy defaults(double points) {
        return new TimingPolicy(points, 0.8, 0.3, 0.2, 2, 2, 0.5);
    }

    /** The least speedup the reference must show on {@code threads} cores for a measurement to be scored. */
    public double referenceSpeedupAtLeast(int threads) {
        return 1 + referenceGain * (threads - 1);
    }

    /** The points a ratio earns: full at or above {@code fullAt}, linear down to {@code floorAt}, none below. */
    public double pointsFor(double ratio) {
        if (ratio >= fullAt) {
            return points;
        }
        if (ratio < floorAt) {
            return 0;
        }
        return points * (ratio - floorAt) / (fullAt - floorAt);
    }
}
