package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeedupStatisticsTest {

    private static final double EXACT = 1e-12;
    /** For {@link #stats}, whose parallel time is rounded to a whole nanosecond. */
    private static final double CLOSE = 1e-6;

    @Test
    void mediansAndRangesOfEachSide() {
        SpeedupStatistics stats = SpeedupStatistics.of(new long[] {300_000_000, 100_000_000, 200_000_000},
                new long[] {160_000_000, 50_000_000, 100_000_000}, 2);

        assertEquals(3, stats.trials());
        assertEquals(200, stats.sequentialMedianMillis(), EXACT);
        assertEquals(100, stats.sequentialMinMillis(), EXACT);
        assertEquals(300, stats.sequentialMaxMillis(), EXACT);
        assertEquals(100, stats.parallelMedianMillis(), EXACT);
        assertEquals(50, stats.parallelMinMillis(), EXACT);
        assertEquals(160, stats.parallelMaxMillis(), EXACT);
    }

    @Test
    void speedupIsTheMedianOfTheTrialsRatios() {
        // Ratios 1.875, 2 and 2: the median of the ratios, not the ratio of the medians (2) nor their mean.
        SpeedupStatistics stats = SpeedupStatistics.of(new long[] {300, 100, 200}, new long[] {160, 50, 100}, 2);

        assertEquals(2, stats.speedup(), EXACT);
        assertEquals(1.875, stats.speedupMin(), EXACT);
        assertEquals(2, stats.speedupMax(), EXACT);

        SpeedupStatistics even = SpeedupStatistics.of(new long[] {100, 100, 100, 100}, new long[] {100, 80, 50, 40},
                4);
        assertEquals((1.25 + 2) / 2, even.speedup(), EXACT, "an even number of trials: the mean of the middle two");
    }

    @Test
    void efficiencyIsTheSpeedupPerThread() {
        assertEquals(0.9, stats(1.8, 2).efficiency(), CLOSE);
        assertEquals(0.5, stats(2, 4).efficiency(), CLOSE);
        assertEquals(1, stats(1, 1).efficiency(), CLOSE);
    }

    @Test
    void serialFractionFollowsAmdahlsLaw() {
        // S = 1 / (f + (1 - f) / p): f = 0.25 on 4 threads gives 1 / (0.25 + 0.1875) = 2.2857...
        assertEquals(0.25, stats(1 / (0.25 + 0.75 / 4), 4).serialFraction(), CLOSE);
        assertEquals(0, stats(2, 2).serialFraction(), CLOSE, "a perfect speedup leaves nothing on one core");
        assertEquals(1, stats(1, 2).serialFraction(), CLOSE, "no speedup: everything as if on one core");
        assertEquals(1.0 / 9, stats(1.8, 2).serialFraction(), CLOSE);
        assertEquals(0, stats(2.5, 2).serialFraction(), CLOSE, "better than linear (caches) is kept at 0");
        assertEquals(1, stats(0.4, 2).serialFraction(), CLOSE, "slower than sequential is kept at 1");
        assertTrue(Double.isNaN(stats(1, 1).serialFraction()), "one thread says nothing about the fraction");
    }

    @Test
    void spreadIsTheInterquartileRangeOfTheSpeedupsOverTheirMedian() {
        assertEquals(0, SpeedupStatistics.of(new long[] {200, 400, 600}, new long[] {100, 200, 300}, 2).spread(),
                EXACT);
        // Speedups 1, 2, 3, 4, 5: quartiles 2 and 4, median 3.
        SpeedupStatistics stats = SpeedupStatistics.of(new long[] {100, 200, 300, 400, 500},
                new long[] {100, 100, 100, 100, 100}, 2);
        assertEquals(2.0 / 3, stats.spread(), EXACT);
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        double[] values = {4, 1, 3, 2};
        assertEquals(1, SpeedupStatistics.quantile(values, 0), EXACT);
        assertEquals(2.5, SpeedupStatistics.quantile(values, 0.5), EXACT);
        assertEquals(3.25, SpeedupStatistics.quantile(values, 0.75), EXACT);
        assertEquals(4, SpeedupStatistics.quantile(values, 1), EXACT);
        assertEquals(4, values[0], EXACT, "the values are left in their order");
    }

    @Test
    void refusesTimesThatDoNotPair() {
        assertThrows(IllegalArgumentException.class, () -> SpeedupStatistics.of(new long[0], new long[0], 2));
        assertThrows(IllegalArgumentException.class, () -> SpeedupStatistics.of(new long[] {1}, new long[] {1, 2}, 2));
        assertThrows(IllegalArgumentException.class, () -> SpeedupStatistics.of(new long[] {1}, new long[] {0}, 2));
        assertThrows(IllegalArgumentException.class, () -> SpeedupStatistics.of(new long[] {1}, new long[] {1}, 0));
    }

    /** One trial of 1 s sequential that ran {@code speedup} times faster in parallel. */
    static SpeedupStatistics stats(double speedup, int threads) {
        return SpeedupStatistics.of(new long[] {1_000_000_000L}, new long[] {Math.round(1e9 / speedup)}, threads);
    }
}
