package dev.amdahl.exercises.mapreduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.SpeedupCase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** No points: checks that the timing lane's declaration for the word count gives checked answers. */
@DisplayName("the word count's speedup timing declaration (no points)")
@Order(5)
class WordCountSpeedupTest {

    @Test
    @DisplayName("parallel and sequential counts agree, and a wrong count is refused")
    @Order(1)
    void declarationIsConsistent() {
        WordCountSpeedup timing = new WordCountSpeedup();
        List<String> lines = timing.input(2_000, 7);

        assertEquals(lines, timing.input(2_000, 7), "the same seed gives the same input");
        assertEquals(2_000, lines.size(), "size is the number of lines");
        assertTrue(timing.check(lines, timing.parallel(lines, 2)), "the parallel count should pass the check");
        Map<String, Long> wrong = new HashMap<>(timing.sequential(lines));
        wrong.merge(wrong.keySet().iterator().next(), 1L, Long::sum);
        assertFalse(timing.check(lines, wrong), "a count that is one off must not pass the check");
        assertFalse(timing.check(lines, null), "no count must not pass the check");
        String expected = timing.fingerprint(timing.sequential(lines));
        assertTrue(timing.matches(lines, expected, timing.fingerprint(timing.parallel(lines, 2))),
                "the parallel count's fingerprint should match");
        assertFalse(timing.matches(lines, expected, timing.fingerprint(wrong)), "a count one off must not match");
    }

    @Test
    @DisplayName("the inputs of different seeds share no line, so nothing counted once helps again")
    @Order(2)
    void inputsOfDifferentSeedsShareNoLine() {
        WordCountSpeedup timing = new WordCountSpeedup();
        Set<String> first = new HashSet<>(timing.input(2_000, 7));
        for (long seed : new long[] {8, 6, 7 + SpeedupCase.DISTINCT_SEEDS - 1}) {
            assertTrue(timing.input(2_000, seed).stream().noneMatch(first::contains),
                    "seeds 7 and " + seed + " share a line");
        }
    }
}
