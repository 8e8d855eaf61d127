package dev.amdahl.exercises.pipes;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

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
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String last = "";
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            last = line;
        }
        return last;
    }

    /**
     * How many lines {@code input} has, like {@code wc -l} (which, unlike this method, does not count a last
     * line that has no line break).
     *
     * @param input the text to read, to its end
     * @return the number of lines
     */
    public static long countLines(InputStream input) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        long count = 0;
        while (reader.readLine() != null) {
            count++;
        }
        return count;
    }
}
