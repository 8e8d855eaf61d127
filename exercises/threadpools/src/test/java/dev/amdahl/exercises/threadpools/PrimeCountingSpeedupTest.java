package dev.amdahl.exercises.threadpools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No points: checks that the timing lane's declaration for this exercise gives checked answers. */
@DisplayName("the speedup timing declaration (no points)")
class PrimeCountingSpeedupTest {

    @Test
    @DisplayName("parallel and sequential counts agree, and a wrong count is refused")
    void declarationIsConsistent() {
        PrimeCountingSpeedup timing = new PrimeCountingSpeedup();
        Long limit = timing.input(100_000, 7);

        assertEquals(limit, timing.input(100_000, 7), "the same seed gives the same input");
        assertTrue(timing.check(limit, timing.parallel(limit, 2)), "the parallel count should pass the check");
        assertTrue(!timing.check(limit, timing.sequential(limit) + 1), "a wrong count must not pass the check");
        String expected = timing.fingerprint(timing.sequential(limit));
        assertTrue(timing.matches(limit, expected, timing.fingerprint(timing.parallel(limit, 2))),
                "the parallel count's fingerprint should match the sequential one's");
        assertTrue(!timing.matches(limit, expected, timing.fingerprint(timing.sequential(limit) + 1)),
                "a wrong count's fingerprint must not match");
    }
}
