package dev.amdahl.exercises.threadpools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.SpeedupCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** No points: checks that the timing lane's declaration for this exercise gives checked answers. */
@DisplayName("the speedup timing declaration (no points)")
@Order(5)
class PrimeCountingSpeedupTest {

    @Test
    @DisplayName("parallel and sequential counts agree, and a wrong count is refused")
    @Order(1)
    void declarationIsConsistent() {
        PrimeCountingSpeedup timing = new PrimeCountingSpeedup();
        Range numbers = timing.input(10_000, 7);

        assertEquals(numbers, timing.input(10_000, 7), "the same seed gives the same input");
        assertTrue(timing.check(numbers, timing.parallel(numbers, 2)), "the parallel count should pass the check");
        assertTrue(!timing.check(numbers, timing.sequential(numbers) + 1), "a wrong count must not pass the check");
        String expected = timing.fingerprint(timing.sequential(numbers));
        assertTrue(timing.matches(numbers, expected, timing.fingerprint(timing.parallel(numbers, 2))),
                "the parallel count's fingerprint should match the sequential one's");
        assertTrue(!timing.matches(numbers, expected, timing.fingerprint(timing.sequential(numbers) + 1)),
                "a wrong count's fingerprint must not match");
    }

    @Test
    @DisplayName("the inputs of different seeds share no number, so nothing counted once helps again")
    @Order(2)
    void inputsOfDifferentSeedsShareNoNumber() {
        PrimeCountingSpeedup timing = new PrimeCountingSpeedup();
        int size = timing.defaultSize();
        List<Range> windows = new ArrayList<>();
        for (long seed = -300; seed < SpeedupCase.DISTINCT_SEEDS - 300; seed++) {
            Range window = timing.input(size, seed);
            assertEquals(size, window.size(), "every input holds size numbers");
            windows.add(window);
        }
        windows.sort(Comparator.comparingLong(Range::from));
        for (int i = 1; i < windows.size(); i++) {
            assertTrue(windows.get(i - 1).to() + size <= windows.get(i).from(),
                    "windows " + windows.get(i - 1) + " and " + windows.get(i) + " are too close");
        }
        double cheapest = Math.sqrt(windows.get(0).from()) / Math.log(windows.get(0).from());
        double dearest = Math.sqrt(windows.get(windows.size() - 1).to())
                / Math.log(windows.get(windows.size() - 1).to());
        assertTrue(dearest / cheapest < 1.03, "every window is about the same work: " + dearest / cheapest);
    }
}
