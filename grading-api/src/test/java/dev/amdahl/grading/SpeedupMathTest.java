package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeedupMathTest {

    @Test
    void amdahlsLawGivesBackTheSerialFractionThatMadeASpeedup() {
        for (double f : new double[] {0, 0.1, 0.3, 0.75, 1}) {
            for (int p : new int[] {2, 4, 16}) {
                double speedup = 1 / (f + (1 - f) / p);
                assertEquals(f, SpeedupMath.serialFraction(speedup, p), 1e-12, "f = " + f + ", p = " + p);
            }
        }
        assertEquals(0, SpeedupMath.serialFraction(2.5, 2), "beyond linear is kept at 0");
        assertEquals(1, SpeedupMath.serialFraction(0.4, 2), "slower than one core is kept at 1");
        assertTrue(Double.isNaN(SpeedupMath.serialFraction(1, 1)), "one thread says nothing");
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        assertEquals(2.5, SpeedupMath.quantile(new double[] {4, 1, 3, 2}, 0.5));
        assertEquals(1.75, SpeedupMath.quantile(new double[] {4, 1, 3, 2}, 0.25));
        assertEquals(7, SpeedupMath.quantile(new double[] {7}, 0.75));
        assertThrows(IllegalArgumentException.class, () -> SpeedupMath.quantile(new double[0], 0.5));
    }
}
