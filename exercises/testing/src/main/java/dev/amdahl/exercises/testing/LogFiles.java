package dev.amdahl.exercises.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Split: finds the log files of a folder, reads them into lines, and cuts the lines into chunks. */
public final class LogFiles {

    private LogFiles() {
    }

    /**
     * The log files of a folder: its regular files whose name ends with {@code .log}, sorted by file name
     * ({@link String#compareTo(String)}). Subfolders and their files are left out, and so are other files.
     *
     * @param folder the folder
     * @return the log files, possibly none
     * @throws IOException if the folder does not exist, is not a folder or cannot be read
     */
    public static List<Path> listLogFiles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".log"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    /**
     * Reads a text file in UTF-8 and cuts it into lines as {@link #splitLines(String)} does.
     *
     * @param file the file
     * @return its lines
     * @throws IOException if the file cannot be read or is not valid UTF-8
     */
    public static List<String> readLines(Path file) throws IOException {
        return splitLines(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Cuts a text into lines. A line ends at a line feed {@code \n} or at a carriage return and line feed
     * {@code \r\n}, and neither is part of the line; a {@code \r} anywhere else is an ordinary character. The
     * last line need not end with a line end, and a line end at the very end of the text starts no further
     * line. Empty lines in between are kept.
     *
     * @param text the text
     * @return its lines, in order: {@code "a\nb"}, {@code "a\nb\n"} and {@code "a\r\nb"} give {@code [a, b]},
     *         {@code "a\n\nb"} gives {@code [a, , b]}, and {@code ""} gives no lines
     */
    public static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * Cuts a list into chunks of {@code size} items, in order; the last chunk holds what is left and may be
     * smaller. No chunk is empty, and the chunks put back together in order are the list.
     *
     * @param items the items
     * @param size  how many items a chunk holds, at least 1
     * @param <T>   the type of the items
     * @return {@code ceil(items.size() / size)} unmodifiable chunks; none for an empty list
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public static <T> List<List<T>> chunk(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a chunk must hold at least 1 item, not " + size);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(List.copyOf(items.subList(from, Math.min(from + size, items.size()))));
        }
        return chunks;
    }
}
