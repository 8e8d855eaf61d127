package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTest {

    private static final List<String> HOSTILE = List.of("", "plain", "tab\there", "line\nfeed", "carriage\rreturn",
            "back\\slash", "literal \\t and \\n", "\\", "ends in backslash\\", "\t\n\r\\", "emoji 🎉 and ü",
            "<script>alert('x')</script> | pipe", "\u0000\u001b[2J", "# looks like a header");

    @Test
    void roundTripsHostileTextOnOneLine() {
        String line = Tsv.line(HOSTILE);

        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertEquals(HOSTILE.size() - 1, line.chars().filter(c -> c == '\t').count(), "tabs only between fields");
        assertEquals(HOSTILE, Tsv.fields(line));
        for (String field : HOSTILE) {
            assertEquals(field, Tsv.unescape(Tsv.escape(field)));
        }
    }

    @Test
    void rejectsFieldsItDidNotEscape() {
        assertThrows(IllegalArgumentException.class, () -> Tsv.unescape("a\\x"));
        assertThrows(IllegalArgumentException.class, () -> Tsv.unescape("lone\\"));
        assertThrows(IllegalArgumentException.class, () -> Tsv.unescape("raw\nbreak"));
    }

    @Test
    void readsLinesWrittenOnAnyPlatform() {
        assertEquals(List.of("a\tb", "", "c"), Tsv.lines("\uFEFFa\tb\r\n\r\nc\n"));
        assertEquals(List.of("x"), Tsv.lines("x"));
        assertEquals(List.of(), Tsv.lines(""));
    }

    @Test
    void writesAtomicallyAndReadsBack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("a/b/file.tsv");
        Tsv.writeAtomically(file, List.of("old"));
        Tsv.writeAtomically(file, List.of(Tsv.line(HOSTILE), "second"));

        List<String> lines = Tsv.lines(Tsv.read(file));
        assertEquals(HOSTILE, Tsv.fields(lines.get(0)));
        assertEquals("second", lines.get(1));
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void replacesBytesThatAreNotUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bad.tsv");
        Files.write(file, new byte[] {'o', 'k', (byte) 0xff, (byte) 0xc3, '\n'});

        assertEquals(List.of("ok\uFFFD\uFFFD"), Tsv.lines(Tsv.read(file)));
    }
}
