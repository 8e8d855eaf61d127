package dev.amdahl.exercises.pipes;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** tail -1 and wc -l over a stream, with java.util.stream. */
public final class Streaming {

    private Streaming() {
    }

    /** The last line, or "" for an empty stream. */
    public static String lastLine(InputStream input) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            return lines.lines().reduce("", (previous, current) -> current);
        }
    }

    /** The number of lines. */
    public static long countLines(InputStream input) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            return lines.lines().count();
        }
    }
}
