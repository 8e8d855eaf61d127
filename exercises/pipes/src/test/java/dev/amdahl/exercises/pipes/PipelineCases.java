package dev.amdahl.exercises.pipes;

import static dev.amdahl.grading.MapAssertions.assertSameEntries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amdahl.grading.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every pipeline must do, whichever way it is built: the cases both pipeline tests run. */
final class PipelineCases {

    /** A way to run a pipeline: {@link Pipeline#run} or {@link Pipeline#runByHand}. */
    interface Runner {
        PipelineResult run(List<List<String>> stages) throws Exception;
    }

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Pattern UNIQ_LINE = Pattern.compile("\\s*(\\d+) (.*)");

    private PipelineCases() {
    }

    /** About 1 MiB from one Java program to another, far more than a pipe holds. */
    static void connectsTwoPrograms(Runner runner) throws Exception {
        Random random = Seed.random();
        long seed = random.nextLong();
        int count = 16_384 + random.nextInt(4_096);
        try (Leftovers leftovers = new Leftovers()) {
            PipelineResult result = Within.limit(LIMIT, () -> runner.run(List.of(
                    Child.command("lines", Long.toString(seed), Integer.toString(count)),
                    Child.command("upper"))),
                    "The first program prints " + count + " lines, the second upper-cases whatever it reads. "
                    + "Is every byte handed on, and is the second program's stdin closed at the end?");

            Texts.assertSame(Lines.text(seed, count).toUpperCase(Locale.ROOT), result.stdout(),
                    "The pipeline's output is the second program's stdout: the first program's " + count
                    + " lines, upper-cased. Every byte the first program prints must reach the second one "
                    + "(lecture: Popen(..., stdin=p1.stdout)).");
            assertEquals(List.of(0, 0), result.exitCodes(), "Both programs ended normally, with exit code 0.");
        }
    }

    /** The lecture's kind of pipeline with real tools: {@code cat FILE | sort | uniq -c}. */
    static void countsWordsWithTools(Runner runner, Path folder) throws Exception {
        Tools.require("cat", "sort", "uniq");
        Random random = Seed.random();
        List<String> pool = new ArrayList<>();
        while (pool.size() < 8) {
            String word = randomWord(random);
            if (!pool.contains(word)) {
                pool.add(word);
            }
        }
        List<String> lines = new ArrayList<>();
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 200 + random.nextInt(300); i > 0; i--) {
            String word = pool.get(random.nextInt(pool.size()));
            lines.add(word);
            expected.merge(word, 1, Integer::sum);
        }
        Path file = Files.write(folder.resolve("words.txt"), lines);

        try (Leftovers leftovers = new Leftovers()) {
            PipelineResult result = Within.limit(LIMIT, () -> runner.run(List.of(
                    List.of("cat", file.toString()), List.of("sort"), List.of("uniq", "-c"))),
                    "`sort` prints nothing until its input ends, so it waits for its stdin to be closed.");

            Map<String, Integer> counted = new TreeMap<>();
            for (String line : result.stdout().split("\n")) {
                Matcher match = UNIQ_LINE.matcher(line);
                if (match.matches()) {
                    counted.put(match.group(2), Integer.parseInt(match.group(1)));
                }
            }
            assertSameEntries(expected, counted, "`cat words.txt | sort | uniq -c` counts how often each word occurs: "
                    + "cat's stdout must be sort's stdin, and sort's stdout uniq's stdin. What the pipeline "
                    + "returned was: \"" + shorten(result.stdout()) + "\"");
            assertEquals(List.of(0, 0, 0), result.exitCodes(), "cat, sort and uniq all ended with exit code 0.");
        }
    }

    /** Every stage's exit code, in order, and the last stage's output decoded as UTF-8. */
    static void reportsEveryExitCode(Runner runner) throws Exception {
        Random random = Seed.random();
        int first = 3 + random.nextInt(60);
        int second = 64 + random.nextInt(60);
        String text = "grüße, 世界 🙂 " + Long.toHexString(random.nextLong()) + "\n";
        try (Leftovers leftovers = new Leftovers()) {
            PipelineResult result = Within.limit(LIMIT, () -> runner.run(List.of(
                    Child.command("out", text, "exit", Integer.toString(first)),
                    Child.command("cat", "exit", Integer.toString(second)))),
                    "The second program copies its stdin until it ends.");

            assertEquals(text, result.stdout(), "The text should pass through unchanged, decoded as UTF-8 "
                    + "(new String(bytes, StandardCharsets.UTF_8)).");
            assertEquals(List.of(first, second), result.exitCodes(), "The first program ended with exit code "
                    + first + ", the second with " + second + ": exitCodes lists every stage's code, in order "
                    + "(Process.waitFor() of each process).");
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String shorten(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
