package dev.amdahl.grader.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timing lane's decisions on recorded timings: medians in milliseconds from `bench/speedup.sh` on the 2-core
 * development machine (primes below 2,000,000: sequential 176 ms, reference parallel 94 ms), with the noise
 * seen there, and a student's version that is good, secretly sequential, or fighting over a lock.
 */
class SpeedupDecisionTest {

    private static final TimingPolicy POLICY = TimingPolicy.defaults(4);

    /** Trials of {@code studentMillis}, each side off by the given per-mille noise, in turn. */
    private static List<Trial> recorded(double studentMillis, int... noisePerMille) {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < noisePerMille.length; i++) {
            double noise = 1 + noisePerMille[i] / 1000.0;
            double other = 1 - noisePerMille[(i + 1) % noisePerMille.length] / 1000.0;
            trials.add(new Trial(nanos(176 * other), nanos(94 * noise), nanos(studentMillis * other)));
        }
        return trials;
    }

    private static long nanos(double millis) {
        return Math.round(millis * 1_000_000);
    }

    private static final int[] QUIET = {3, -5, 8, -2, 1, 6, -4};

    /**
     * A busy machine that slows only some of the student's runs (noise that hits both sides of a trial cancels in
     * its ratio: that is why the sides are interleaved).
     */
    private static List<Trial> noisy() {
        List<Trial> trials = new ArrayList<>();
        for (double studentMillis : new double[] {95, 160, 70, 150, 90, 180, 60}) {
            trials.add(new Trial(nanos(176), nanos(94), nanos(studentMillis)));
        }
        return trials;
    }

    private static SpeedupVerdict decide(List<List<Trial>> attempts) {
        Deque<List<Trial>> queue = new ArrayDeque<>(attempts);
        return SpeedupDecision.decide(POLICY, 2, queue::removeFirst);
    }

    @Test
    void aVersionAsFastAsTheReferenceEarnsEveryPoint() {
        SpeedupVerdict verdict = decide(List.of(recorded(95, QUIET)));

        assertThat(verdict).isInstanceOfSatisfying(SpeedupVerdict.Scored.class, scored -> {
            assertThat(scored.points()).isEqualTo(4);
            assertThat(scored.measurement().studentSpeedup()).isCloseTo(1.85, within(0.05));
            assertThat(scored.measurement().serialFraction()).isCloseTo(0.08, within(0.03));
            assertThat(scored.measurement().explain()).contains("On 2 cores").contains("Amdahl's law")
                    .contains("still runs on one core");
        });
    }

    @Test
    void aSequentialVersionInDisguiseEarnsTheLinearShareAndHearsWhy() {
        SpeedupVerdict verdict = decide(List.of(recorded(176, QUIET)));

        assertThat(verdict).isInstanceOfSatisfying(SpeedupVerdict.Scored.class, scored -> {
            assertThat(scored.measurement().ratio()).isCloseTo(94.0 / 176, within(0.02));
            assertThat(scored.points()).as("(0.53 - 0.3) / (0.8 - 0.3) of 4").isCloseTo(1.87, within(0.2));
            assertThat(scored.measurement().serialFraction()).as("a speedup of 1 on 2 cores: all of it serial")
                    .isCloseTo(1, within(0.02));
        });
    }

    @Test
    void aLockInTheHotLoopEarnsNothing() {
        SpeedupVerdict verdict = decide(List.of(recorded(420, QUIET)));

        assertThat(verdict).isInstanceOfSatisfying(SpeedupVerdict.Scored.class, scored -> {
            assertThat(scored.points()).isZero();
            assertThat(scored.measurement().explain()).contains("slower than running on one core")
                    .contains("waiting for each other").doesNotContain("Amdahl's law");
        });
    }

    @Test
    void aSpeedupBeyondTheCoresIsExplainedByTheCachesNotBySerialCode() {
        SpeedupMeasurement measurement = SpeedupMeasurement.of(recorded(80, QUIET), 2);

        assertThat(measurement.studentSpeedup()).isGreaterThan(2);
        assertThat(measurement.explain()).contains("more than one core's worth per core").contains("caches")
                .doesNotContain("Amdahl's law");
    }

    @Test
    void noiseThatHitsBothSidesOfATrialCancels() {
        SpeedupMeasurement measurement = SpeedupMeasurement.of(recorded(95, 300, -250, 350, -300, 200, -280), 2);

        assertThat(measurement.spread()).isLessThan(POLICY.maxSpread());
    }

    @Test
    void noisyTrialsAreMeasuredAgainAndDecidedOnceTheyAgree() {
        SpeedupVerdict verdict = decide(List.of(noisy(), recorded(95, QUIET)));

        assertThat(SpeedupMeasurement.of(noisy(), 2).spread()).isGreaterThan(POLICY.maxSpread());
        assertThat(verdict).isInstanceOfSatisfying(SpeedupVerdict.Scored.class,
                scored -> assertThat(scored.points()).isEqualTo(4));
    }

    @Test
    void trialsThatNeverAgreeGoToAHumanNotToZero() {
        SpeedupVerdict verdict = decide(List.of(noisy(), noisy(), noisy(), recorded(95, QUIET)));

        assertThat(verdict).isInstanceOfSatisfying(SpeedupVerdict.Inconclusive.class,
                inconclusive -> assertThat(inconclusive.attempts()).as("one run and two retries").isEqualTo(3));
    }

    @Test
    void oneCoreCannotShowASpeedup() {
        SpeedupVerdict verdict = SpeedupDecision.decide(POLICY, 1, () -> {
            throw new AssertionError("nothing is timed on one core");
        });

        assertThat(verdict).isInstanceOfSatisfying(SpeedupVerdict.NotApplicable.class,
                na -> assertThat(na.reason()).contains("1 core"));
    }

    @Test
    void pointsAreFullAtTheThresholdLinearBelowAndZeroUnderTheFloor() {
        assertThat(POLICY.pointsFor(1.3)).isEqualTo(4);
        assertThat(POLICY.pointsFor(0.8)).isEqualTo(4);
        assertThat(POLICY.pointsFor(0.55)).isCloseTo(2, within(1e-9));
        assertThat(POLICY.pointsFor(0.3)).isZero();
        assertThat(POLICY.pointsFor(0.29)).isZero();
        assertThatThrownBy(() -> new TimingPolicy(4, 0.3, 0.8, 0.2, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        assertThat(SpeedupMeasurement.quantile(new double[] {4, 1, 3, 2}, 0.5)).isEqualTo(2.5);
        assertThat(SpeedupMeasurement.quantile(new double[] {4, 1, 3, 2}, 0.25)).isEqualTo(1.75);
        assertThat(SpeedupMeasurement.quantile(new double[] {7}, 0.75)).isEqualTo(7);
    }
}
