package dev.amdahl.exercises.vectorization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.SpeedupCase;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** No points: checks that the timing lane's declaration for this exercise gives checked answers. */
@DisplayName("the speedup timing declaration (no points)")
@Order(3)
class LogisticRegressionSpeedupTest {

    @Test
    @DisplayName("parallel and sequential weights agree, and wrong weights are refused")
    @Order(1)
    void declarationIsConsistent() {
        LogisticRegressionSpeedup timing = new LogisticRegressionSpeedup();
        LogisticRegressionSpeedup.Problem problem = timing.input(20_000, 7);

        assertArrayEquals(problem.data().x(), timing.input(20_000, 7).data().x(), "the same seed gives the same "
                + "input");
        double[] parallel = timing.parallel(problem, 2);
        assertTrue(timing.check(problem, parallel), "the parallel weights should pass the check");
        double[] wrong = parallel.clone();
        wrong[wrong.length - 1] += 1e-4;
        assertFalse(timing.check(problem, wrong), "weights off by 10⁻⁴ must not pass the check");
        double[] dropped = LogisticRegression.fit(problem.data().x(), problem.data().rows(), problem.data().cols(),
                problem.data().y(), problem.initialWeights(), problem.iterations() - 1);
        assertFalse(timing.check(problem, dropped), "weights one iteration short must not pass the check");
        assertFalse(timing.check(problem, new double[parallel.length - 1]), "too few weights must not pass");
        assertFalse(timing.check(problem, null), "no weights must not pass");
        String expected = timing.fingerprint(timing.sequential(problem));
        assertTrue(timing.matches(problem, expected, timing.fingerprint(parallel)),
                "the parallel weights' fingerprint should match within the tolerance");
        assertFalse(timing.matches(problem, expected, timing.fingerprint(wrong)), "weights off by 10⁻⁴ must not match");
        assertFalse(timing.matches(problem, expected, "not a number"), "garbage must not match");
    }

    @Test
    @DisplayName("the data of different seeds share no value, so no product computed once helps again")
    @Order(2)
    void inputsOfDifferentSeedsShareNoValue() {
        LogisticRegressionSpeedup timing = new LogisticRegressionSpeedup();
        Set<Double> first = Arrays.stream(timing.input(2_000, 7).data().x()).boxed().collect(Collectors.toSet());
        for (long seed : new long[] {8, 6, 7 + SpeedupCase.DISTINCT_SEEDS - 1}) {
            assertTrue(Arrays.stream(timing.input(2_000, seed).data().x()).noneMatch(first::contains),
                    "seeds 7 and " + seed + " share a value");
        }
    }
}
