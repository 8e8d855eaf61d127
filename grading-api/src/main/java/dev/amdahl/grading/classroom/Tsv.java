package dev.amdahl.grading.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tab-separated files of the classroom feedback ({@code plan.tsv}, {@code results.tsv}): UTF-8, one record a
 * line ending in {@code \n}, fields separated by a tab. A field escapes its tab, line feed, carriage return and
 * backslash as {@code \t}, {@code \n}, {@code \r} and {@code \\}, so any text survives a round trip on one line.
 */
public final class Tsv {

    /** More than any honest plan or results file; a bigger file is read only this far. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    private Tsv() {
    }

    /** {@code field} with its tab, line breaks and backslashes escaped. */
    public static String escape(String field) {
        Objects.requireNonNull(field, "field must not be null");
        StringBuilder out = new StringBuilder(field.length() + 8);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text that {@link #escape} turned into {@code field}.
     *
     * @throws IllegalArgumentException on a raw tab or line break, or a backslash not followed by
     *                                  {@code t n r \}: the line was not written by {@link #line}
     */
    public static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("a raw tab or line break inside a field");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 == field.length()) {
                throw new IllegalArgumentException("a field ends in a lone backslash");
            }
            char next = field.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '\\' -> '\\';
                default -> throw new IllegalArgumentException("an unknown escape \\" + next);
            });
        }
        return out.toString();
    }

    /** One record as a line, without its line feed. */
    public static String line(List<String> fields) {
        List<String> escaped = new ArrayList<>(fields.size());
        for (String field : fields) {
            escaped.add(escape(field));
        }
        return String.join("\t", escaped);
    }

    /** One record as a line, without its line feed. */
    public static String line(String... fields) {
        return line(List.of(fields));
    }

    /**
     * The fields of {@code line}, unescaped.
     *
     * @throws IllegalArgumentException when a field is not escaped as {@link #escape} does it
     */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                fields.add(unescape(line.substring(start)));
                return List.copyOf(fields);
            }
            fields.add(unescape(line.substring(start, tab)));
            start = tab + 1;
        }
    }

    /**
     * The lines of a file's text: split at {@code \n}, a trailing {@code \r} dropped (a checkout on Windows may
     * turn line feeds into CRLF), a leading byte order mark dropped, no empty last line.
     */
    public static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            String line = end < 0 ? body.substring(start) : body.substring(start, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * A file's text, its first {@link #MAX_FILE_BYTES} at most, bytes that are not UTF-8 replaced: these files
     * may come from a student's repository, and a hostile one must not stop the reading.
     */
    public static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes {@code lines}, each ending in a line feed, so that a reader sees the old file or the new one, never
     * half of one: into a temporary file next to it, then moved over it. Creates the parent folders.
     */
    public static void writeAtomically(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
