package dev.amdahl.grader.timing;

import java.util.List;
import java.util.function.Supplier;

/**
 * Decides a speedup score from interleaved trials: measures again, a bounded number of times, while the trials
 * disagree too much, and hands the exercise to a human when they never agree.
 */
public final class SpeedupDecision {

    private SpeedupDecision() {
    }

    /**
     * @param policy  the rubric's thresholds
     * @param threads the cores the trials ran on
     * @param trials  one attempt's trials per call: fresh input each time
     */
    public static SpeedupVerdict decide(TimingPolicy policy, int threads, Supplier<List<Trial>> trials) {
        if (threads < policy.minCores()) {
            return new SpeedupVerdict.NotApplicable("Speedup is not graded on " + threads + " core" + (threads == 1
                    ? "" : "s") + ": a parallel version needs at least " + policy.minCores() + " to run faster.");
        }
        SpeedupMeasurement measurement = null;
        for (int attempt = 1; attempt <= 1 + policy.retries(); attempt++) {
            measurement = SpeedupMeasurement.of(trials.get(), threads);
            if (measurement.spread() <= policy.maxSpread()) {
                return new SpeedupVerdict.Scored(policy.pointsFor(measurement.ratio()), measurement);
            }
        }
        return new SpeedupVerdict.Inconclusive(1 + policy.retries(), measurement);
    }
}
