package dev.amdahl.exercises.mapreduce;

import dev.amdahl.grading.Fingerprint;
import dev.amdahl.grading.SpeedupCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How the grader's timing lane times the word count: {@link WordCount#countWords} over all the lines on one
 * thread, against the submission's {@link WordCount#countLinesParallel}. The text is made in memory, so that
 * reading files (the same for both, and sequential) is not timed.
 */
public final class WordCountSpeedup implements SpeedupCase<List<String>, Map<String, Long>> {

    /** Chunks per thread: a few, so that a thread that finishes early takes another. */
    private static final int CHUNKS_PER_THREAD = 4;

    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", " — ", "-", "'"};

    @Override
    public String name() {
        return "counting words: WordCount.countLinesParallel against countWords on one thread";
    }

    /**
     * {@code size} lines of 12 words each, drawn from 20,000 made-up words (some with letters beyond ASCII and
     * some capitalised), so that the counts hold many different words.
     */
    @Override
    public List<String> input(int size, long seed) {
        Random random = new Random(seed);
        String[] vocabulary = new String[20_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = madeUpWord(random);
        }
        List<String> lines = new ArrayList<>(size);
        for (int l = 0; l < size; l++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                line.append(w == 0 ? "" : SEPARATORS[random.nextInt(SEPARATORS.length)]);
                line.append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            lines.add(line.append('.').toString());
        }
        return lines;
    }

    private static String madeUpWord(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyzäöüéèçñß";
        StringBuilder word = new StringBuilder();
        int length = 2 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            char letter = letters.charAt(random.nextInt(i == 0 ? 26 : letters.length()));
            word.append(i == 0 && random.nextInt(5) == 0 ? Character.toUpperCase(letter) : letter);
        }
        return word.toString();
    }

    @Override
    public int defaultSize() {
        return 500_000;
    }

    @Override
    public Map<String, Long> sequential(List<String> lines) {
        return WordCount.countWords(lines);
    }

    @Override
    public Map<String, Long> parallel(List<String> lines, int threads) {
        return WordCount.countLinesParallel(lines, threads * CHUNKS_PER_THREAD, threads);
    }

    @Override
    public boolean check(List<String> lines, Map<String, Long> output) {
        return output != null && output.equals(sequential(lines));
    }

    /** Every word and its count, digested in word order. */
    @Override
    public String fingerprint(Map<String, Long> counts) {
        return Fingerprint.of(counts);
    }
}
