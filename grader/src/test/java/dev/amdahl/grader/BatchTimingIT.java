package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.cli.Main;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.io.Folders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's timing lane in Docker: speedups are timed only after every submission's tests were graded, one
 * submission at a time, and only where all tests passed; the rest are marked not timed, so every student's maximum
 * includes the speedup points.
 */
@RequiresDocker
class BatchTimingIT {

    private static final Path REPO = Repository.root();

    @TempDir
    Path temp;

    @Test
    void speedupsAreTimedAfterTheCorrectnessLaneAndOnlyWhereEveryTestPasses() throws Exception {
        Path input = temp.resolve("class");
        Folders.copy(REPO.resolve("samples/submissions/speedup-good"), input.resolve("good"));
        Folders.copy(REPO.resolve("exercises/threadpools/src"), input.resolve("skeleton/exercises/threadpools/src"));
        Path out = temp.resolve("out");
        StringWriter console = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(console, true), new PrintWriter(err, true), "batch", input.toString(),
                "--out", out.toString(), "--course", REPO.toString(), "-e", "threadpools", "--timing",
                "--workers", "2", "--progress", "lines", "--no-similarity");

        String log = console + "\n" + err;
        assertThat(exit).as(log).isIn(0, 1); // 1: a speedup too noisy to decide is left to a human
        List<String> lines = log.lines().toList();
        int timingStarts = lines.indexOf("Timing: 1 submission");
        assertThat(timingStarts).as(log).isPositive();
        assertThat(lines.subList(0, timingStarts)).as(log)
                .anySatisfy(l -> assertThat(l).startsWith("[Grading ").contains("good: 29 / 29, speedup to be timed"))
                .anySatisfy(l -> assertThat(l).startsWith("[Grading ").contains("skeleton: 0 / 33"));
        assertThat(lines.subList(timingStarts, lines.size())).as(log)
                .anySatisfy(l -> assertThat(l).startsWith("[Timing 1/1] good: "))
                .noneSatisfy(l -> assertThat(l).contains("skeleton"));

        JsonNode good = new ObjectMapper().readTree(out.resolve("students/good/result.json").toFile());
        JsonNode speedup = good.get("exercises").get(0).get("speedups").get(0);
        assertThat(speedup.get("status").asText()).as(speedup.toString()).isIn("SCORED", "INCONCLUSIVE");
        if (speedup.get("status").asText().equals("SCORED")) {
            assertThat(speedup.get("score").asDouble()).as(speedup.toString()).isGreaterThan(2);
            assertThat(exit).isZero();
        }
        JsonNode skeleton = new ObjectMapper().readTree(out.resolve("students/skeleton/result.json").toFile());
        JsonNode notTimed = skeleton.get("exercises").get(0).get("speedups").get(0);
        assertThat(notTimed.get("status").asText()).isEqualTo("NOT_TIMED");
        assertThat(skeleton.get("exercises").get(0).get("maxScore").asInt()).isEqualTo(33);

        StringWriter again = new StringWriter();
        int regraded = Main.run(new PrintWriter(again, true), new PrintWriter(again, true), "batch", input.toString(),
                "--out", out.toString(), "--course", REPO.toString(), "-e", "threadpools", "--timing",
                "--workers", "2", "--progress", "lines", "--no-similarity", "--regrade", "skeleton");
        assertThat(regraded).as(again.toString()).isIn(0, 1);
        assertThat(again.toString()).contains("1 to grade").contains("[Grading 1/1] skeleton: 0 / 33")
                .doesNotContain("Timing:");
        try (var book = dev.amdahl.grader.gradebook.Gradebook.open(out.resolve("gradebook.sqlite"),
                java.time.Clock.systemUTC())) {
            assertThat(book.results().history("skeleton").stream()
                    .filter(h -> h instanceof dev.amdahl.grader.gradebook.HistoryItem.Result))
                    .as("the first result is kept as history").hasSize(2);
            assertThat(book.results().history("good").stream()
                    .filter(h -> h instanceof dev.amdahl.grader.gradebook.HistoryItem.Result)).hasSize(2);
        }
    }
}
