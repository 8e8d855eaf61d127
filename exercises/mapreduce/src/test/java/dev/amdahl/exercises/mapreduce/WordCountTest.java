package dev.amdahl.exercises.mapreduce;

import static dev.amdahl.grading.MapAssertions.assertSameEntries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lecture: split, apply, combine; the lecture's map_parallel, then reduce. */
@DisplayName("WordCount counts words by split, apply, combine")
@Order(2)
class WordCountTest {

    private static final String WORD = "A word is a longest run of letters and digits (Character.isLetterOrDigit on "
            + "code points), lower-cased with toLowerCase(Locale.ROOT); everything else separates words.";

    /**
     * Spellings of words in a text, each with the word it counts as. Only letters of one char each: the finer
     * points of the definition have a test of their own, and this corpus tests the chunking.
     */
    private static final String[][] VOCABULARY = {
        {"Map", "map"}, {"map", "map"}, {"REDUCE", "reduce"}, {"split", "split"}, {"Apply", "apply"},
        {"combine", "combine"}, {"Grüße", "grüße"}, {"naïve", "naïve"}, {"CAFÉ", "café"}, {"café", "café"},
        {"x86", "x86"}, {"2024", "2024"}, {"Ωμέγα", "ωμέγα"}};

    /** What may stand between words: no letters, no digits. */
    private static final String[] SEPARATORS = {" ", ", ", ". ", " — ", "'", "-", "_", "\t", "!? ", " (", ") ", "«"};

    /** Random text whose word counts are known: the words are drawn, so they are counted as they are drawn. */
    private record Corpus(List<List<String>> files, Map<String, Long> counts) {

        static Corpus random(Random random, int fileCount) {
            List<List<String>> files = new ArrayList<>();
            Map<String, Long> counts = new HashMap<>();
            for (int f = 0; f < fileCount; f++) {
                List<String> lines = new ArrayList<>();
                int lineCount = f == 1 ? 0 : 1 + random.nextInt(30);
                for (int l = 0; l < lineCount; l++) {
                    StringBuilder line = new StringBuilder(random.nextBoolean() ? "" : pick(random, SEPARATORS));
                    int words = random.nextInt(11);
                    for (int w = 0; w < words; w++) {
                        String[] word = VOCABULARY[random.nextInt(VOCABULARY.length)];
                        line.append(w == 0 ? "" : pick(random, SEPARATORS)).append(word[0]);
                        counts.merge(word[1], 1L, Long::sum);
                    }
                    lines.add(line.append(random.nextBoolean() ? "" : pick(random, SEPARATORS)).toString());
                }
                files.add(lines);
            }
            return new Corpus(files, counts);
        }

        private static String pick(Random random, String[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        /** Writes the files into {@code directory}: lines end in \n, except the last line of the last file. */
        List<Path> write(Path directory) throws IOException {
            List<Path> paths = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                String text = String.join("\n", files.get(f)) + (f == files.size() - 1 ? "" : "\n");
                paths.add(Files.writeString(directory.resolve("text-" + f + ".txt"), text, StandardCharsets.UTF_8));
            }
            return paths;
        }
    }

    private static Map<String, Long> counts(Object... wordsAndCounts) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < wordsAndCounts.length; i += 2) {
            counts.put((String) wordsAndCounts[i], ((Integer) wordsAndCounts[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    @Points(2)
    @DisplayName("countWords counts runs of letters and digits, lower-cased; everything else separates words")
    @Order(1)
    void countWordsFindsTheWords() {
        List<String> lines = List.of(
                "The cat sat; the CAT sat.",
                "",
                "don't stop-the_music: 42 times, 4x2!",
                "   ",
                "end");

        assertSameEntries(counts("the", 3, "cat", 2, "sat", 2, "don", 1, "t", 1, "stop", 1, "music", 1, "42", 1,
                "times", 1, "4x2", 1, "end", 1), WordCount.countWords(lines), WORD + " So \"don't\" is don and t, "
                + "\"stop-the_music\" is stop, the and music, and \"The\", \"the\" and \"THE\" are one word.");
        assertSameEntries(Map.of(), WordCount.countWords(List.of()), "No lines, no words: an empty map.");
        assertSameEntries(Map.of(), WordCount.countWords(List.of("", "!!! ... ---", " ")), "Lines without letters or "
                + "digits hold no words: an empty map.");
    }

    @Test
    @Points(1)
    @DisplayName("countWords knows letters beyond ASCII and lower-cases the same way in every locale")
    @Order(2)
    void countWordsBeyondAscii() {
        List<String> lines = List.of(
                "Grüße aus Köln! GRÜSSE?",
                "«Naïve»—café, naïve CAFÉ.",
                "\uD801\uDC00\uD801\uDC28 x ٢٠٢٤",
                "TITLE title");
        Locale before = Locale.getDefault();
        Map<String, Long> counted;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            counted = WordCount.countWords(lines);
        } finally {
            Locale.setDefault(before);
        }

        assertSameEntries(counts("grüße", 1, "aus", 1, "köln", 1, "grüsse", 1, "naïve", 2, "café", 2,
                "\uD801\uDC28\uD801\uDC28", 1, "x", 1, "٢٠٢٤", 1, "title", 2), counted, WORD + " Walk the line by "
                + "code points (codePointAt, Character.charCount), not by chars: \uD801\uDC00 (Deseret) is one letter "
                + "made of two chars. And lower-case with Locale.ROOT: in a Turkish locale, \"TITLE\".toLowerCase() "
                + "is \"tıtle\", with a dotless ı; this test runs in one.");
    }

    @Test
    @Points(1)
    @DisplayName("combine adds two counts up and changes neither")
    @Order(3)
    void combineAddsUp() {
        Map<String, Long> left = new HashMap<>(Map.of("map", 2L, "reduce", 1L));
        Map<String, Long> right = new HashMap<>(Map.of("reduce", 3L, "split", 4L));

        Map<String, Long> combined = WordCount.combine(left, right);

        assertSameEntries(Map.of("map", 2L, "reduce", 4L, "split", 4L), combined, "combine should have every word of "
                + "either map, with the sum of its counts (the combine step of split, apply, combine).");
        assertSameEntries(Map.of("map", 2L, "reduce", 1L), left, "combine must not change its left map: a chunk's "
                + "counts may be combined again, and the pool's threads may still read it. Build a new map.");
        assertSameEntries(Map.of("reduce", 3L, "split", 4L), right, "combine must not change its right map.");
        assertSameEntries(Map.of(), WordCount.combine(Map.of(), Map.of()), "Two empty counts combine to an empty one.");
        assertSameEntries(left, WordCount.combine(Map.of(), left), "Nothing combined with some counts gives those "
                + "counts.");
    }

    @Test
    @Points(1)
    @DisplayName("split cuts a list into contiguous chunks whose sizes differ by at most one, none empty")
    @Order(4)
    void splitMakesEvenChunks() {
        for (int size = 0; size <= 20; size++) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            for (int chunks = 1; chunks <= 25; chunks++) {
                String which = "split(" + size + " items, " + chunks + ")";
                List<List<Integer>> parts = WordCount.split(items, chunks);

                if (size == 0) {
                    assertTrue(parts.stream().allMatch(List::isEmpty), which + " has nothing to put in a chunk: "
                            + parts);
                    continue;
                }
                assertEquals(Math.min(size, chunks), parts.size(), which + " should give " + Math.min(size, chunks)
                        + " chunks: as many as asked, but never an empty one.");
                assertEquals(items, parts.stream().flatMap(List::stream).toList(), which + ": the chunks, one after "
                        + "the other, should be the items in order, each exactly once: " + parts);
                int smallest = parts.stream().mapToInt(List::size).min().orElse(0);
                int largest = parts.stream().mapToInt(List::size).max().orElse(0);
                assertTrue(largest - smallest <= 1, which + ": the chunk sizes should differ by at most one, so "
                        + "that each thread gets about the same share; they go from " + smallest + " to " + largest);
            }
        }
        for (int chunks : new int[] {0, -3}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WordCount.split(List.of(1, 2, 3), chunks), "split into " + chunks + " chunks cannot be "
                    + "done: it should throw an IllegalArgumentException.");
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "The IllegalArgumentException should "
                    + "say what is wrong, e.g. \"chunks must be at least 1, not " + chunks + "\".");
        }
    }

    @Test
    @Points(1)
    @DisplayName("countSequential reads UTF-8 files, empty ones and ones without a final line end included")
    @Order(5)
    void countSequentialReadsFiles(@TempDir Path directory) throws IOException {
        Path first = Files.writeString(directory.resolve("first.txt"), "Hello world\nhello again\n");
        Path empty = Files.writeString(directory.resolve("empty.txt"), "");
        Path windows = Files.writeString(directory.resolve("windows.txt"), "Windows\r\nline ends\r\n");
        Path last = Files.writeString(directory.resolve("last.txt"), "Grüße, no newline at the END, HELLO",
                StandardCharsets.UTF_8);

        assertSameEntries(counts("hello", 3, "world", 1, "again", 1, "windows", 1, "line", 1, "ends", 1, "grüße", 1,
                "no", 1, "newline", 1, "at", 1, "the", 1, "end", 1), WordCount.countSequential(List.of(first, empty,
                windows, last)), "countSequential should count the words of all the files together. An empty file "
                + "holds no words; the last line counts even without a line end after it; files are UTF-8. " + WORD);
        assertSameEntries(Map.of(), WordCount.countSequential(List.of()), "No files, no words: an empty map.");
    }

    @Test
    @Points(1)
    @DisplayName("a file that is not valid UTF-8 gives an IOException that names the file")
    @Order(6)
    void malformedFileIsNamed(@TempDir Path directory) throws IOException {
        Path good = Files.writeString(directory.resolve("good.txt"), "fine words\n");
        Path bad = Files.write(directory.resolve("latin-1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        List<Path> files = List.of(good, bad, good);

        IOException sequential = assertThrows(IOException.class, () -> WordCount.countSequential(files),
                "latin-1.txt holds the byte 0xE9 alone, which is not UTF-8: countSequential should throw an "
                + "IOException (Files.readAllLines throws a MalformedInputException) rather than count garbage.");
        assertTrue(String.valueOf(sequential.getMessage()).contains("latin-1.txt"), "The IOException should name "
                + "the file that is not UTF-8, so that its reader knows which one to fix; its message is \""
                + sequential.getMessage() + "\". A MalformedInputException alone says \"Input length = 1\": catch "
                + "it and throw new IOException(file + \" is not valid UTF-8\", e).");
        IOException parallel = assertThrows(IOException.class, () -> WordCount.countParallel(files, 3, 2),
                "countParallel should throw an IOException too, also when it reads on the pool's threads (then the "
                + "IOException is the cause of an ExecutionException).");
        assertTrue(String.valueOf(parallel.getMessage()).contains("latin-1.txt"), "countParallel's IOException "
                + "should name the file that is not UTF-8; its message is \"" + parallel.getMessage() + "\".");
    }

    @ParameterizedTest(name = "{0} chunks on {1} threads")
    @CsvSource({"1, 1", "2, 2", "3, 2", "7, 3", "1000, 2"})
    @Points(2)
    @DisplayName("countParallel counts what countSequential counts, however the lines are chunked")
    @Order(7)
    void parallelEqualsSequential(int chunks, int threads, @TempDir Path directory)
            throws IOException, InterruptedException {
        Corpus corpus = Corpus.random(Seed.random(), 5);
        List<Path> files = corpus.write(directory);
        String which = "countParallel(5 files, " + chunks + " chunks, " + threads + " threads)";

        assertSameEntries(corpus.counts(), WordCount.countSequential(files), "countSequential should count the words "
                + "of the random files. " + WORD);
        NewThreads started = NewThreads.since();
        Map<String, Long> counted = WordCount.countParallel(files, chunks, threads);
        assertSameEntries(corpus.counts(), counted, which + " should count what countSequential counts: split the "
                + "lines into chunks, count each chunk (apply), add the counts up (combine). The chunking must not "
                + "change the answer" + (chunks == 1000 ? ", even with more chunks than lines." : "."));
        List<Thread> alive = started.stillAliveAfter(2_000);
        assertTrue(alive.isEmpty(), "2 s after " + which + " returned, threads it started are still alive: "
                + NewThreads.describe(alive) + ". Shut the pool down (create it in a try-with-resources statement, "
                + "or call shutdown() in a finally block): otherwise its threads wait for more chunks forever.");
        List<String> lines = corpus.files().stream().flatMap(List::stream).toList();
        assertSameEntries(corpus.counts(), WordCount.countLinesParallel(lines, chunks, threads), "countLinesParallel("
                + lines.size() + " lines, " + chunks + ", " + threads + ") should count the words of the lines.");
        assertSameEntries(Map.of(), WordCount.countLinesParallel(List.of(), chunks, threads), "No lines, no words: an "
                + "empty map.");
    }
}
