package dev.amdahl.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import dev.amdahl.runner.protocol.RunnerEvent.Coverage.ClassCoverage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void theEventsOfStudentTestsRoundTrip() {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("[engine:junit-jupiter]/[class:shop.CartTest]/[method:b()]", Outcome.FAILED);
        outcomes.put("[engine:junit-jupiter]/[class:shop.CartTest]/[method:a()]", Outcome.TIMED_OUT);
        List<RunnerEvent> events = List.of(
                new RunnerEvent.Coverage(11, 12, 5, 6, List.of(
                        new ClassCoverage("shop.Cart", "Cart.java", 6, 7, 1, 2, List.of(10)),
                        new ClassCoverage("shop.Cart$1", null, 0, 0, 0, 0, List.of()))),
                new RunnerEvent.VariantFinished("off-by-one", outcomes),
                new RunnerEvent.VariantFinished("nothing-ran", Map.of()),
                new RunnerEvent.VariantBroken("broken", "shop/Cart.java:1: error: ';' expected"));

        for (RunnerEvent event : events) {
            assertEquals(Optional.of(event), EventCodec.decode(EventCodec.encode(event)), EventCodec.encode(event));
        }
    }

    @Test
    void theNewEventsHaveTheirNamesOnTheWire() {
        assertTrue(EventCodec.encode(new RunnerEvent.Coverage(0, 0, 0, 0, List.of()))
                .startsWith("{\"event\":\"coverage\",\"linesCovered\":0,\"linesTotal\":0,"), "coverage");
        assertEquals("{\"event\":\"variant-finished\",\"variant\":\"v\",\"outcomes\":{\"b\":\"PASSED\",\"a\":\"FAILED\"}}",
                EventCodec.encode(new RunnerEvent.VariantFinished("v", orderedOutcomes())));
        assertEquals("{\"event\":\"variant-broken\",\"variant\":\"v\",\"reason\":\"r\"}",
                EventCodec.encode(new RunnerEvent.VariantBroken("v", "r")));
    }

    private static Map<String, Outcome> orderedOutcomes() {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("b", Outcome.PASSED);
        outcomes.put("a", Outcome.FAILED);
        return outcomes;
    }
}
