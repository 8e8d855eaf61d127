package dev.amdahl.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseSettingsTest {

    @TempDir
    Path exercise;

    @Test
    void readsEveryKey() throws Exception {
        Files.writeString(exercise.resolve(ExerciseSettings.FILE),
                "timeout = 90s\nmemory = 512m\nprocesses = 128\ncpus = 1.5\noutput = 2m\nallow = processes\n");

        ExerciseSettings settings = ExerciseSettings.load(exercise);

        assertThat(settings.timeout()).contains(Duration.ofSeconds(90));
        assertThat(settings.memoryBytes()).hasValue(512L * 1024 * 1024);
        assertThat(settings.processes()).hasValue(128);
        assertThat(settings.cpus()).hasValue(1.5);
        assertThat(settings.outputBytes()).hasValue(2L * 1024 * 1024);
        assertThat(settings.allows()).isEqualTo(Set.of("processes"));
    }

    @Test
    void noFileMeansDefaults() throws Exception {
        assertThat(ExerciseSettings.load(exercise)).isEqualTo(ExerciseSettings.none());
    }

    @Test
    void aTypoIsAClearError() throws Exception {
        Files.writeString(exercise.resolve(ExerciseSettings.FILE), "timout = 90s\n");

        assertThatThrownBy(() -> ExerciseSettings.load(exercise)).isInstanceOf(CourseException.class)
                .hasMessageContaining("unknown key 'timout'");
    }

    @Test
    void aBadValueSaysHowToWriteIt() throws Exception {
        Files.writeString(exercise.resolve(ExerciseSettings.FILE), "memory = lots\n");

        assertThatThrownBy(() -> ExerciseSettings.load(exercise)).isInstanceOf(CourseException.class)
                .hasMessageContaining("write e.g. 512m or 2g");
    }
}
