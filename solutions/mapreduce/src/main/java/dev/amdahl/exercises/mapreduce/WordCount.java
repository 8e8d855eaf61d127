package dev.amdahl.exercises.mapreduce;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Counting the words of many text files by split, apply, combine: split the lines into chunks, count the words
 * of each chunk on a pool of threads (apply), and add the counts up (combine).
 *
 * <p><b>What a word is.</b> A word is a longest run of code points for which
 * {@link Character#isLetterOrDigit(int)} is true, lower-cased with {@code toLowerCase(Locale.ROOT)} after it is
 * cut out. Everything else separates words: spaces, punctuation, apostrophes ({@code don't} is {@code don} and
 * {@code t}), hyphens, underscores, line ends. {@code "Grüße, naïve Café-2024!"} holds the words {@code grüße},
 * {@code naïve}, {@code café} and {@code 2024}. A word never spans two lines. Files are read as UTF-8.
 */
public final class WordCount {

    private WordCount() {
    }

    /**
     * Apply: counts the words of one chunk of lines, by the definition above.
     *
     * @param lines the lines of text
     * @return each word that occurs, with how many times it occurs; an empty map for no words
     */
    public static Map<String, Long> countWords(List<String> lines) {
        Map<String, Long> counts = new HashMap<>();
        for (String line : lines) {
            countLine(line, counts);
        }
        return counts;
    }

    /** Adds the words of one line to the counts. */
    private static void countLine(String line, Map<String, Long> counts) {
        int start = -1;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                counts.merge(line.substring(start, i).toLowerCase(Locale.ROOT), 1L, Long::sum);
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            counts.merge(line.substring(start).toLowerCase(Locale.ROOT), 1L, Long::sum);
        }
    }

    /**
     * Combine: adds two counts up. Neither map is changed.
     *
     * @param left  counts of some words
     * @param right counts of some words
     * @return a new map with every word of either map and the sum of its counts in both
     */
    public static Map<String, Long> combine(Map<String, Long> left, Map<String, Long> right) {
        Map<String, Long> sum = new HashMap<>(left);
        right.forEach((word, count) -> sum.merge(word, count, Long::sum));
        return sum;
    }

    /**
     * Split: cuts a list into contiguous chunks, in order, whose sizes differ by at most one. There are
     * {@code chunks} of them, or {@code items.size()} if there are fewer items than that, so that no chunk is
     * empty; an empty list gives no chunks at all. Put together in order, the chunks are {@code items}.
     *
     * @param items  the items
     * @param chunks how many chunks to cut, at least 1
     * @param <T>    the type of the items
     * @return {@code min(chunks, items.size())} non-empty chunks
     * @throws IllegalArgumentException if {@code chunks} is less than 1
     */
    public static <T> List<List<T>> split(List<T> items, int chunks) {
        if (chunks < 1) {
            throw new IllegalArgumentException("cannot split into " + chunks + " chunks: chunks must be at least 1");
        }
        int parts = Math.min(chunks, items.size());
        List<List<T>> result = new ArrayList<>(parts);
        int from = 0;
        for (int part = 0; part < parts; part++) {
            int to = from + items.size() / parts + (part < items.size() % parts ? 1 : 0);
            result.add(new ArrayList<>(items.subList(from, to)));
            from = to;
        }
        return result;
    }

    /**
     * Counts the words of all the files, one after the other, on the calling thread.
     *
     * @param files text files in UTF-8
     * @return each word that occurs in any of the files, with how many times it occurs in all of them
     * @throws IOException if a file cannot be read or is not valid UTF-8; the message names the file
     */
    public static Map<String, Long> countSequential(List<Path> files) throws IOException {
        return countWords(readLines(files));
    }

    /**
     * Counts the words of all the files by split, apply, combine: reads their lines, splits the lines into
     * {@code chunks} chunks, counts each chunk on a pool of {@code threads} threads, and combines the counts.
     * The result is the same as {@link #countSequential}'s, however the lines are chunked.
     *
     * @param files   text files in UTF-8
     * @param chunks  how many chunks to split the lines into, at least 1
     * @param threads how many threads the pool has, at least 1
     * @return each word that occurs in any of the files, with how many times it occurs in all of them
     * @throws IOException if a file cannot be read or is not valid UTF-8; the message names the file
     */
    public static Map<String, Long> countParallel(List<Path> files, int chunks, int threads) throws IOException {
        return countLinesParallel(readLines(files), chunks, threads);
    }

    /**
     * Split, apply, combine over lines already in memory: splits them into {@code chunks} chunks with
     * {@link #split}, counts each chunk with {@link #countWords} on a pool of {@code threads} threads, and adds
     * the counts up with {@link #combine}. The pool is shut down before this method returns.
     *
     * @param lines   the lines of text
     * @param chunks  how many chunks, at least 1
     * @param threads how many threads the pool has, at least 1
     * @return the same as {@code countWords(lines)}
     * @throws IllegalArgumentException if {@code chunks} or {@code threads} is less than 1
     */
    public static Map<String, Long> countLinesParallel(List<String> lines, int chunks, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 thread, not " + threads);
        }
        List<List<String>> parts = split(lines, chunks);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Map<String, Long>>> counts = new ArrayList<>(parts.size());
            for (List<String> part : parts) {
                counts.add(pool.submit(() -> countWords(part)));
            }
            Map<String, Long> total = new HashMap<>();
            for (Future<Map<String, Long>> count : counts) {
                total = combine(total, count.get());
            }
            return total;
        } catch (ExecutionException e) {
            throw new IllegalStateException("counting a chunk failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the chunks were counted", e);
        }
    }

    /** The lines of all the files, file after file; an exception that names a file that is not UTF-8. */
    private static List<String> readLines(List<Path> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (CharacterCodingException e) {
                throw new IOException(file + " is not valid UTF-8 text (" + e + ")", e);
            }
        }
        return lines;
    }
}
