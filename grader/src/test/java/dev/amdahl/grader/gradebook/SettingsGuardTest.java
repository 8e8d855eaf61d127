package dev.amdahl.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsGuardTest extends GradebookFixture {

    @Test
    void aBatchResumedWithOtherSettingsIsRefusedNamingEachDifference() throws Exception {
        Map<String, String> started = Map.of("course", "sha256:aaaa", "exercises", "sum,matrix", "timing", "on");
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.settings().check(started);
            gradebook.settings().check(new LinkedHashMap<>(started));
        }
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.settings().check(started);

            assertThatThrownBy(() -> gradebook.settings().check(Map.of("course", "sha256:bbbb", "exercises",
                    "sum,matrix", "hidden", "tests/hidden")))
                    .isInstanceOf(GradebookException.class)
                    .hasMessageContaining("course: was \"sha256:aaaa\", now \"sha256:bbbb\"")
                    .hasMessageContaining("hidden: not set when the batch started, now \"tests/hidden\"")
                    .hasMessageContaining("timing: was \"on\", now not set")
                    .hasMessageNotContaining("exercises")
                    .hasMessageContaining("run it with the options it was started with")
                    .hasMessageContaining("new --out folder");
            gradebook.settings().check(started);
        }
    }

    @Test
    void aDifferentTimeoutIsNamedInWordsNotInIsoNotation() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.settings().check(Map.of("timeout", java.time.Duration.ofSeconds(30).toString()));

            assertThatThrownBy(() -> gradebook.settings().check(Map.of("timeout",
                    java.time.Duration.ofMinutes(1).toString())))
                    .hasMessageContaining("timeout: was \"30 s\", now \"1 min\"")
                    .hasMessageNotContaining("PT");
        }
    }
}
