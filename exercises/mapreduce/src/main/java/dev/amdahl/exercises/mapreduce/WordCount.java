package dev.amdahl.exercises.mapreduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        // TODO: for each line, walk its code points (codePointAt, Character.charCount); remember where a run of
        //  Character.isLetterOrDigit code points starts; where it ends (or at the end of the line), cut the word
        //  out, lower-case it with toLowerCase(Locale.ROOT) and count it (Map.merge(word, 1L, Long::sum)).
        throw new UnsupportedOperationException("TODO: implement WordCount.countWords (see the exercise README)");
    }

    /**
     * Combine: adds two counts up. Neither map is changed.
     *
     * @param left  counts of some words
     * @param right counts of some words
     * @return a new map with every word of either map and the sum of its counts in both
     */
    public static Map<String, Long> combine(Map<String, Long> left, Map<String, Long> right) {
        // TODO: copy one map into a new HashMap, then merge the other's counts into the copy.
        throw new UnsupportedOperationException("TODO: implement WordCount.combine (see the exercise README)");
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
        // TODO: parts = min(chunks, items.size()); each part gets items.size() / parts items, and the first
        //  items.size() % parts parts one more. subList(from, to) cuts a part out.
        throw new UnsupportedOperationException("TODO: implement WordCount.split (see the exercise README)");
    }

    /**
     * Counts the words of all the files, one after the other, on the calling thread.
     *
     * @param files text files in UTF-8
     * @return each word that occurs in any of the files, with how many times it occurs in all of them
     * @throws IOException if a file cannot be read or is not valid UTF-8; the message names the file
     */
    public static Map<String, Long> countSequential(List<Path> files) throws IOException {
        // TODO: read the lines of every file with Files.readAllLines(file, StandardCharsets.UTF_8) and count them.
        //  A file that is not UTF-8 makes readAllLines throw a MalformedInputException (a CharacterCodingException)
        //  whose message does not name the file: catch it and throw new IOException(file + " is not valid UTF-8",
        //  e). A private helper that reads all the files can serve countParallel too.
        throw new UnsupportedOperationException("TODO: implement WordCount.countSequential (see the exercise README)");
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
        // TODO: read the lines of all the files as countSequential does, then countLinesParallel.
        throw new UnsupportedOperationException("TODO: implement WordCount.countParallel (see the exercise README)");
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
        // TODO: split the lines; create a pool of `threads` threads (Executors.newFixedThreadPool) in a
        //  try-with-resources statement, so that it is shut down on every way out; submit one countWords task per
        //  chunk and keep the Futures; get() each result and combine it into the total.
        throw new UnsupportedOperationException("TODO: implement WordCount.countLinesParallel (see the exercise "
                + "README)");
    }
}
