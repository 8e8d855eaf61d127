package dev.amdahl.exercises.pipes;

import java.io.InputStream;

/**
 * Answers about a stream of text that may be far larger than memory, read line by line: the lecture's
 * {@code Popen(["tail", "-1"], stdin=p1.stdout)}, where {@code tail} holds one line at a time, not the file.
 *
 * <p>Both methods read {@code input} as UTF-8 to its end, keeping only what they need: the tests give them
 * 512 MiB of lines in a JVM that has 64 MiB of memory. A line ends at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as {@link java.io.BufferedReader#readLine()} reads them; the last line counts even without a line
 * break after it.
 */
public final class Streaming {

    private Streaming() {
    }

    /**
     * The last line of {@code input}, without its line break, like {@code tail -1}.
     *
     * @param input the text to read, to its end
     * @return the last line, or {@code ""} when there are no lines at all
     */
    public static String lastLine(InputStream input) throws Exception {
        // TODO: wrap the stream in a BufferedReader (UTF-8) and remember only the latest line you read.
        throw new UnsupportedOperationException("TODO: implement Streaming.lastLine (see the exercise README)");
    }

    /**
     * How many lines {@code input} has, like {@code wc -l} (which, unlike this method, does not count a last
     * line that has no line break).
     *
     * @param input the text to read, to its end
     * @return the number of lines
     */
    public static long countLines(InputStream input) throws Exception {
        // TODO: read line by line and count; never keep the lines themselves.
        throw new UnsupportedOperationException("TODO: implement Streaming.countLines (see the exercise README)");
    }
}
