package dev.amdahl.exercises.pipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lecture: piping processes by hand, and the two reasons for {@code p1.stdout.close()}. */
@DisplayName("Pipeline.runByHand with one pump thread per pipe")
@Order(2)
class PipelineByHandTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    @Points(1)
    @DisplayName("runByHand hands everything one program prints to the next one")
    @Order(1)
    void connectsTwoPrograms() throws Exception {
        PipelineCases.connectsTwoPrograms(Pipeline::runByHand);
    }

    @Test
    @Points(1)
    @DisplayName("runByHand computes cat words.txt | sort | uniq -c with the real tools")
    @Order(2)
    void countsWordsWithTools(@TempDir Path folder) throws Exception {
        PipelineCases.countsWordsWithTools(Pipeline::runByHand, folder);
    }

    @Test
    @Points(1)
    @DisplayName("runByHand reports every program's exit code and decodes the output as UTF-8")
    @Order(3)
    void reportsEveryExitCode() throws Exception {
        PipelineCases.reportsEveryExitCode(Pipeline::runByHand);
    }

    @Test
    @Points(2)
    @DisplayName("runByHand closes the next program's stdin after pumping, so that sort gets to the end")
    @Order(4)
    void closesTheNextStdinSoSortEnds() throws Exception {
        Tools.require("sort");
        Random random = Seed.random();
        long seed = random.nextLong();
        int count = 2_000 + random.nextInt(2_000);
        try (Leftovers leftovers = new Leftovers()) {
            PipelineResult result = Within.limit(LIMIT, () -> Pipeline.runByHand(List.of(
                    Child.command("lines", Long.toString(seed), Integer.toString(count)), List.of("sort"))),
                    "The first program printed its " + count + " lines and ended, but `sort` prints nothing "
                    + "until its input ends, and its input ends only when its stdin is closed. When the pump "
                    + "reaches the end of the upstream output, close the downstream process's stdin "
                    + "(process.getOutputStream().close()), or sort waits forever (lecture: piping processes).");

            Texts.assertSame(Lines.text(seed, count), result.stdout(), "sort should print the " + count
                    + " lines it was given, which are already in order.");
        }
    }

    @Test
    @Points(3)
    @DisplayName("when head -1 has its line, the program writing into it is stopped too")
    @Order(5)
    void headEndsTheWriter(@TempDir Path folder) throws Exception {
        Tools.require("head");
        long seed = Seed.random().nextLong();
        Path pidFile = folder.resolve("writer.pid");
        try (Leftovers leftovers = new Leftovers()) {
            PipelineResult result = Within.limit(LIMIT, () -> Pipeline.runByHand(List.of(
                    Child.command("forever", Long.toString(seed), pidFile.toString()), List.of("head", "-1"))),
                    "The first program writes lines forever; `head -1` ends after the first one. Writing into "
                    + "head's stdin then fails: the pump must stop and close the upstream process's stdout, so "
                    + "that its next write fails with a broken pipe (SIGPIPE) and it ends. Until then it waits "
                    + "forever for someone to read its full pipe, and runByHand waits for it (lecture: "
                    + "p1.stdout.close() lets p1 receive a SIGPIPE if p2 exits).");

            assertEquals(Lines.line(seed, 0) + "\n", result.stdout(), "head -1 prints the first line only.");
            List<ProcessHandle> alive = leftovers.aliveAfter(Duration.ofSeconds(3));
            String writer = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "?";
            assertTrue(alive.isEmpty(), "runByHand returned, but processes of the pipeline are still running: "
                    + Leftovers.describe(alive) + " (the writer was pid " + writer + "). Wait for every process "
                    + "before returning, and close the upstream stdout when the downstream process is gone.");
        }
    }
}
