package dev.amdahl.grader.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteRunsTest {

    @Test
    void aRunOnABugGetsThreeTimesTheProgramsRunAtLeastThirtySecondsMoreWithinTheLimit() {
        Duration limit = Duration.ofMinutes(3);

        assertThat(SuiteRuns.bugRunLimit(limit, Duration.ofSeconds(8))).isEqualTo(Duration.ofSeconds(38));
        assertThat(SuiteRuns.bugRunLimit(limit, Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(60));
        assertThat(SuiteRuns.bugRunLimit(limit, Duration.ofSeconds(170))).as("a suite that idles near the limit")
                .isEqualTo(limit);
    }

    @Test
    void missedLinesAreShownAsRanges() {
        assertThat(SuiteRuns.ranges(List.of(3, 4, 5, 9, 11, 12))).isEqualTo("3–5, 9, 11–12");
        assertThat(SuiteRuns.ranges(List.of(7))).isEqualTo("7");
        assertThat(SuiteRuns.ranges(List.of())).isEmpty();
    }
}
