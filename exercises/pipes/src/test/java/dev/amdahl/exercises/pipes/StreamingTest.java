package dev.amdahl.exercises.pipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Lecture: {@code tail -1} reads a stream of any length with one line in memory at a time. */
@DisplayName("Streaming.lastLine and Streaming.countLines, line by line")
@Order(4)
class StreamingTest {

    /** 512 MiB of lines: eight times the memory the harness JVM gets. */
    private static final long HALF_A_GIBIBYTE_OF_LINES = (512L << 20) / Lines.LENGTH;
    private static final long HARNESS_SECONDS = 100;

    @Test
    @Points(1)
    @DisplayName("lastLine returns the last line, like tail -1")
    @Order(1)
    void lastLineOfShortTexts() throws Exception {
        long seed = Seed.random().nextLong();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("first\nsecond\n", "second");
        cases.put("first\nlast, without a line break", "last, without a line break");
        cases.put("windows\r\nline breaks\r\n", "line breaks");
        cases.put("ascii\ngrüße, 世界 🙂\n", "grüße, 世界 🙂");
        cases.put("only one", "only one");
        cases.put("", "");
        cases.put(Lines.text(seed, 1_000), Lines.line(seed, 999));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String answer = Streaming.lastLine(stream(c.getKey()));
            assertEquals(c.getValue(), answer, "the last line of " + describe(c.getKey()) + ", without its line "
                    + "break (\"\" when there is none); read the input as UTF-8 with BufferedReader.readLine().");
        }
    }

    @Test
    @Points(1)
    @DisplayName("countLines counts the lines, like wc -l")
    @Order(3)
    void countLinesOfShortTexts() throws Exception {
        Random random = Seed.random();
        long seed = random.nextLong();
        int count = 1_000 + random.nextInt(1_000);
        Map<String, Long> cases = new LinkedHashMap<>();
        cases.put("", 0L);
        cases.put("one", 1L);
        cases.put("one\n", 1L);
        cases.put("one\ntwo", 2L);
        cases.put("\n\n\n", 3L);
        cases.put("grüße\r\n世界\r\n", 2L);
        cases.put(Lines.text(seed, count), (long) count);
        for (Map.Entry<String, Long> c : cases.entrySet()) {
            long answer = Streaming.countLines(stream(c.getKey()));
            assertEquals(c.getValue(), answer, "the number of lines in " + describe(c.getKey()) + " (a last line "
                    + "without a line break counts too).");
        }
    }

    @Test
    @Points(2)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("lastLine finds the last of 512 MiB of lines with 64 MiB of memory")
    @Order(2)
    void lastLineOfHalfAGibibyte(@TempDir Path folder) throws Exception {
        Random random = Seed.random();
        long seed = random.nextLong();
        long count = HALF_A_GIBIBYTE_OF_LINES + random.nextInt(4_096);

        String answer = inSmallJvm(folder, "lastLine", seed, count);

        assertEquals(Lines.line(seed, count - 1), answer, "lastLine read " + count + " lines of a child's stdout; "
                + "this is not the last one.");
    }

    @Test
    @Points(2)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("countLines counts 512 MiB of lines with 64 MiB of memory")
    @Order(4)
    void countLinesOfHalfAGibibyte(@TempDir Path folder) throws Exception {
        Random random = Seed.random();
        long seed = random.nextLong();
        long count = HALF_A_GIBIBYTE_OF_LINES + random.nextInt(4_096);

        String answer = inSmallJvm(folder, "countLines", seed, count);

        assertEquals(Long.toString(count), answer, "countLines read a child's stdout of " + count + " lines.");
    }

    /** Runs {@link StreamingHarness} with 64 MiB of heap; its answer, or a failure that says what went wrong. */
    private static String inSmallJvm(Path folder, String method, long seed, long count) throws Exception {
        Path out = folder.resolve("harness-out.txt");
        Path err = folder.resolve("harness-err.txt");
        try (Leftovers leftovers = new Leftovers()) {
            Process harness = new ProcessBuilder(Child.withCodeUnderTest("64m", StreamingHarness.class, method,
                    Long.toString(seed), Long.toString(count))).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            harness.getOutputStream().close();
            if (!harness.waitFor(HARNESS_SECONDS, TimeUnit.SECONDS)) {
                fail(method + " did not finish reading " + count * Lines.LENGTH / (1 << 20) + " MiB within "
                        + HARNESS_SECONDS + " s. Read with a BufferedReader, line by line; do not keep the lines.");
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8).strip();
            if (printed.equals(StreamingHarness.OUT_OF_MEMORY) || firstLines(err).contains("OutOfMemoryError")) {
                fail(method + " ran out of memory: read line by line instead of all at once (lecture: streaming). "
                        + "The input is 512 MiB, the JVM has 64 MiB: keep only what the answer needs (the latest "
                        + "line, or a count), not the whole input (readAllBytes, readAllLines, lines().toList()).");
            }
            if (!printed.startsWith("answer: ")) {
                fail(method + " did not give an answer: " + (printed.isEmpty() ? "(nothing)" : printed)
                        + firstLines(err));
            }
            return printed.substring("answer: ".length());
        }
    }

    private static String firstLines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String start = String.join("\n", lines.subList(0, Math.min(8, lines.size())));
        return start.isEmpty() ? "" : "\nIts standard error began with:\n" + start;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(String text) {
        if (text.length() > 60) {
            return "a text of " + text.length() + " characters";
        }
        return "\"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
