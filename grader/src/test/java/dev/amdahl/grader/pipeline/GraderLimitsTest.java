package dev.amdahl.grader.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.ExerciseSettings;
import dev.amdahl.grader.sandbox.SandboxLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraderLimitsTest {

    private static final SandboxLimits DEFAULTS = SandboxLimits.defaults();
    private static final Exercise EXERCISE = new Exercise("demo", Path.of("demo"), new ExerciseSettings(
            Optional.of(Duration.ofSeconds(30)), OptionalLong.of(512L << 20), OptionalLong.of(100),
            OptionalDouble.empty(), OptionalLong.empty(), Set.of("processes")));

    private static Grader grader(Grader.Overrides overrides) {
        return new Grader(null, null, null, DEFAULTS, overrides, Clock.systemUTC(), "test");
    }

    @Test
    void theExercisesSettingsOverTheDefaults() {
        SandboxLimits limits = grader(Grader.Overrides.none()).limitsFor(EXERCISE);

        assertThat(limits.wallClock()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.memoryBytes()).isEqualTo(512L << 20);
        assertThat(limits.processes()).isEqualTo(100);
        assertThat(limits.outputBytes()).isEqualTo(DEFAULTS.outputBytes());
    }

    @Test
    void theCommandLineOverTheExercise() {
        SandboxLimits limits = grader(new Grader.Overrides(Duration.ofSeconds(5), 1L << 30)).limitsFor(EXERCISE);

        assertThat(limits.wallClock()).isEqualTo(Duration.ofSeconds(5));
        assertThat(limits.memoryBytes()).isEqualTo(1L << 30);
        assertThat(limits.processes()).isEqualTo(100);
    }
}
