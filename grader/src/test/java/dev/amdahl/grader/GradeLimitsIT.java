package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.io.Folders;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amdahl grade} of a folder full of stray files, end to end: within the whole-submission limits it is graded
 * and its notes stay a few lines in every report; past them it is rejected, with the limit, before anything runs.
 */
@RequiresDocker
class GradeLimitsIT {

    private static final long JOB_SUMMARY_LIMIT = 1024 * 1024;

    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();

    @Test
    void aThousandFilesThatAreNotJavaAreGradedAndNotedInAFewLines() throws Exception {
        Path submission = studentCopyOfTheSolution();
        Files.writeString(submission.resolve("processes/pom.xml"), "<project/>");
        Path stray = Files.createDirectories(submission.resolve("processes/src/main/java/stray"));
        for (int i = 0; i < 1_000; i++) {
            Files.writeString(stray.resolve("notes-" + i + ".txt"), "not code");
        }
        Path out = temp.resolve("out");

        JsonNode result = InProcessGrade.run(console, submission, temp.resolve("result.json"), "--exercise",
                "processes", "--format", "markdown,html", "--out", out.toString());

        JsonNode processes = result.get("exercises").get(0);
        assertThat(processes.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(processes.get("score").asInt()).isEqualTo(35);
        String summary = "… and 991 more files that are not Java: only .java files are compiled";
        assertThat(processes.get("notes")).hasSize(11);
        assertThat(processes.get("notes").get(0).asText())
                .isEqualTo("processes/pom.xml: build files are not used; the course's own build is");
        assertThat(processes.get("notes").get(10).asText()).isEqualTo(summary);
        Path feedback = out.resolve("feedback.md");
        assertThat(Files.size(feedback)).isLessThan(JOB_SUMMARY_LIMIT).isLessThan(32 * 1024);
        assertThat(Files.readString(feedback)).contains("- Note: " + summary);
        assertThat(Files.size(out.resolve("feedback.html"))).isLessThan(64 * 1024);
        assertThat(Files.size(temp.resolve("result.json"))).isLessThan(64 * 1024);
        assertThat(console.toString()).contains("note: " + summary).hasSizeLessThan(32 * 1024);
    }

    @Test
    void aSubmissionOverTheLimitsIsRejectedWithTheLimit() throws Exception {
        Path submission = studentCopyOfTheSolution();
        Path stray = Files.createDirectories(submission.resolve("processes/src/main/java/stray"));
        for (int i = 0; i <= 10_000; i++) {
            Files.createFile(stray.resolve("notes-" + i + ".txt"));
        }

        JsonNode result = InProcessGrade.run(console, submission, temp.resolve("result.json"), "--exercise",
                "processes");

        JsonNode processes = result.get("exercises").get(0);
        assertThat(processes.get("verdict").asText()).isEqualTo("REJECTED");
        assertThat(processes.get("score").asInt()).isZero();
        assertThat(processes.get("detail").asText()).isEqualTo("Your submission holds more than 10,000 files and "
                + "folders; it was not graded. Remove build output (target/, out/, bin/), data files and copied "
                + "libraries, and submit again.");
        assertThat(processes.get("notes")).isEmpty();
    }

    /** The reference solution's processes sources, as a student's copy holds them ({@code processes/src/main/java}). */
    private Path studentCopyOfTheSolution() throws Exception {
        Path submission = temp.resolve("student");
        Folders.copy(Repository.root().resolve("solutions/processes/src"), submission.resolve("processes/src"));
        return submission;
    }
}
