package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void arraysMatchOnlyWhenEqualBitForBit() {
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.1;
        }
        String fingerprint = Fingerprint.of(values);
        assertEquals(fingerprint, Fingerprint.of(values.clone()));
        values[values.length - 1] = Math.nextUp(values[values.length - 1]);
        assertNotEquals(fingerprint, Fingerprint.of(values));
        assertNotEquals(Fingerprint.of(new double[] {0.0}), Fingerprint.of(new double[] {-0.0}));
        assertNotEquals(Fingerprint.of(new double[0]), Fingerprint.of(new double[] {0.0}));
    }

    @Test
    void mapsMatchWhateverTheirOrder() {
        Map<String, Long> hashed = new HashMap<>(Map.of("a", 1L, "b", 2L, "ß", 3L));
        assertEquals(Fingerprint.of(hashed), Fingerprint.of(new TreeMap<>(hashed)));
        hashed.put("b", 3L);
        assertNotEquals(Fingerprint.of(new TreeMap<>(Map.of("a", 1L, "b", 2L, "ß", 3L))), Fingerprint.of(hashed));
        assertNotEquals(Fingerprint.of(Map.of("ab", 1L)), Fingerprint.of(Map.of("a", 1L, "b", 1L)));
    }
}
