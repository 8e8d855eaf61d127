package dev.amdahl.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theBarShowsTheLaneHowFarItIsAndWhatWasLastGraded() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (TerminalProgress progress = new TerminalProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8))) {
            progress.lane("Grading", 4);
            progress.finished("ada", "29 / 29");
            progress.finished("bob", "12 / 29");
        }

        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("Grading").contains("2/4").contains("submissions").contains("bob: 12 / 29");
    }

    @Test
    void logsGetOneLinePerSubmissionWithItsPlaceInTheLane() {
        StringWriter log = new StringWriter();
        try (LineProgress progress = new LineProgress(new PrintWriter(log))) {
            progress.lane("Timing", 2);
            progress.finished("ada", "33 / 33");
        }

        assertThat(log.toString()).isEqualTo("Timing: 2 submissions\n[Timing 1/2] ada: 33 / 33\n");
    }
}
