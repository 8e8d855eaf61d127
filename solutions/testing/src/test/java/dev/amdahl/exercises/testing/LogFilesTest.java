package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of LogFiles: finding, reading and cutting. */
class LogFilesTest {

    @TempDir
    Path folder;

    @Test
    void listsTheLogFilesOfTheFolderSortedByName() throws IOException {
        Files.writeString(folder.resolve("b.log"), "");
        Files.writeString(folder.resolve("a.log"), "");
        Files.writeString(folder.resolve("A-upper.log"), "");
        Files.writeString(folder.resolve("notes.txt"), "");
        Files.writeString(folder.resolve("c.log.gz"), "");
        Files.createDirectory(folder.resolve("d.log"));
        Files.writeString(Files.createDirectory(folder.resolve("sub")).resolve("e.log"), "");
        assertEquals(List.of(folder.resolve("A-upper.log"), folder.resolve("a.log"), folder.resolve("b.log")),
                LogFiles.listLogFiles(folder));
    }

    @Test
    void anEmptyFolderHasNoLogFiles() throws IOException {
        assertEquals(List.of(), LogFiles.listLogFiles(folder));
    }

    @Test
    void aMissingFolderOrAFileIsAnError() throws IOException {
        assertThrows(IOException.class, () -> LogFiles.listLogFiles(folder.resolve("missing")));
        Path file = Files.writeString(folder.resolve("x.log"), "");
        assertThrows(IOException.class, () -> LogFiles.listLogFiles(file));
    }

    @Test
    void readsUtf8() throws IOException {
        Path file = folder.resolve("x.log");
        Files.writeString(file, "/café\n/日本語\r\nGrüße 😀", StandardCharsets.UTF_8);
        assertEquals(List.of("/café", "/日本語", "Grüße 😀"), LogFiles.readLines(file));
    }

    @Test
    void readsTheLastLineWithoutALineEnd() throws IOException {
        Path file = Files.writeString(folder.resolve("x.log"), "first\nsecond\nlast");
        assertEquals(List.of("first", "second", "last"), LogFiles.readLines(file));
    }

    @Test
    void aFileThatIsNotUtf8OrIsMissingIsAnError() throws IOException {
        Path latin1 = Files.write(folder.resolve("latin1.log"), "/caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(IOException.class, () -> LogFiles.readLines(latin1));
        assertThrows(IOException.class, () -> LogFiles.readLines(folder.resolve("missing.log")));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("", List.of()),
                Arguments.of("a", List.of("a")),
                Arguments.of("a\n", List.of("a")),
                Arguments.of("a\nb", List.of("a", "b")),
                Arguments.of("a\nb\n", List.of("a", "b")),
                Arguments.of("a\r\nb\r\n", List.of("a", "b")),
                Arguments.of("a\r\nb", List.of("a", "b")),
                Arguments.of("a\n\nb", List.of("a", "", "b")),
                Arguments.of("\n", List.of("")),
                Arguments.of("\r\n", List.of("")),
                Arguments.of("\n\n", List.of("", "")),
                Arguments.of("a\n\r\n", List.of("a", "")),
                Arguments.of("a\rb\n", List.of("a\rb")),
                Arguments.of("a\r", List.of("a\r")),
                Arguments.of("a\r\r\n", List.of("a\r")));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void splitsLinesAtLineFeedsAndCarriageReturnLineFeeds(String text, List<String> lines) {
        assertEquals(lines, LogFiles.splitLines(text));
    }

    @Test
    void cutsChunksOfTheGivenSizeAndALastSmallerOne() {
        List<Integer> items = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), LogFiles.chunk(items, 2));
        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5)), LogFiles.chunk(items, 3));
        assertEquals(List.of(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5)), LogFiles.chunk(items, 1));
        assertEquals(List.of(items), LogFiles.chunk(items, 5));
        assertEquals(List.of(items), LogFiles.chunk(items, 6));
        assertEquals(List.of(items), LogFiles.chunk(items, Integer.MAX_VALUE));
        assertEquals(List.of(), LogFiles.chunk(List.of(), 3));
    }

    @Test
    void chunksCannotBeChanged() {
        List<List<String>> chunks = LogFiles.chunk(List.of("a", "b", "c"), 2);
        assertThrows(UnsupportedOperationException.class, () -> chunks.get(0).add("x"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aChunkHoldsAtLeastOneItem(int size) {
        assertThrows(IllegalArgumentException.class, () -> LogFiles.chunk(List.of("a"), size));
        assertThrows(IllegalArgumentException.class, () -> LogFiles.chunk(List.of(), size));
    }
}
