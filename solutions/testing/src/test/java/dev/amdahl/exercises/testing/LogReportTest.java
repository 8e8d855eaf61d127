package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Integration tests: the whole program on real files, from the log folder to the report file. */
class LogReportTest {

    /** Ends with a line feed; has a malformed line, a line with an impossible time and a blank line. */
    private static final String FIRST = """
            2026-03-01T12:00:00Z GET /index.html 200 1000 10
            2026-03-01T12:00:01Z GET /search?q=amdahl 200 500 30
            2026-03-01T12:00:02Z POST /login 401 - 5
            this line is not a log line
            2026-03-01T12:00:03Z GET /index.html 500 0 40

            2026-03-01T25:00:03Z GET /index.html 200 999 999
            2026-03-01T12:00:04Z GET /café 200 2048 25
            """;

    /** Windows line ends, and no line end after the last line. */
    private static final String SECOND = "2026-03-01T12:01:00Z GET /index.html 200 1000 15\r\n"
            + "2026-03-01T12:01:01Z GET /search?q=law 503 100 20\r\n"
            + "2026-03-01T12:01:02Z GET /login 200 300 7\r\n"
            + "2026-03-01T12:01:03Z GET /index.html 404 200 8";

    /**
     * /index.html: 4 requests (1 client error, 1 server error), 2200 bytes, 73 ms in all: 18.25 ms on average;
     * /login and /search have 2 requests each, /café 1.
     */
    private static final String REPORT = """
            path,requests,client_errors,server_errors,bytes,mean_ms,max_ms
            /index.html,4,1,1,2200,18.3,40
            /login,2,1,0,300,6.0,7
            /search,2,0,1,600,25.0,30
            /café,1,0,0,2048,25.0,25
            # malformed lines: 2
            """;

    @TempDir
    Path tmp;

    private Path logs;
    private Path report;

    @BeforeEach
    void writeLogs() throws IOException {
        logs = Files.createDirectory(tmp.resolve("logs"));
        report = tmp.resolve("report.csv");
        Files.writeString(logs.resolve("access-1.log"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(logs.resolve("access-2.log"), SECOND, StandardCharsets.UTF_8);
        Files.writeString(logs.resolve("notes.txt"), "2026-03-01T12:00:00Z GET /notes 200 1 1\n");
    }

    private String report() throws IOException {
        return Files.readString(report, StandardCharsets.UTF_8);
    }

    @Test
    void reportsEveryPathOfEveryLogFile() throws IOException {
        LogSummary summary = LogReport.run(logs, report);
        assertEquals(REPORT, report());
        assertEquals(ReportWriter.lines(summary), LogFiles.splitLines(report()));
        assertEquals(2, summary.malformedLines());
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 1000", "2, 1", "2, 3", "3, 2", "4, 4", "8, 1", "1, 2147483647"})
    void theReportDoesNotDependOnThreadsOrChunks(int threads, int chunkLines) throws IOException {
        LogReport.run(logs, report, threads, chunkLines);
        assertEquals(REPORT, report());
    }

    @Test
    void oneBigFileInManyChunksGivesWhatItsLinesGive() throws IOException {
        Path big = Files.createDirectory(tmp.resolve("big"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            lines.add("2026-03-01T12:00:00Z GET /p" + i % 7 + "?i=" + i + " " + (i % 11 == 0 ? 500 : 200) + " " + i
                    + " " + i % 100);
        }
        lines.add("a malformed last line");
        Files.writeString(big.resolve("big.log"), String.join("\n", lines), StandardCharsets.UTF_8);
        LogSummary summary = LogReport.run(big, report);
        assertEquals(LogSummary.of(lines), summary);
        assertEquals(2500, summary.byPath().values().stream().mapToLong(PathStats::requests).sum());
        assertEquals(1, summary.malformedLines());
        assertEquals(ReportWriter.lines(LogSummary.of(lines)), LogFiles.splitLines(report()));
    }

    @Test
    void aFolderWithoutLogFilesGivesAReportWithoutRows() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(LogSummary.EMPTY, LogReport.run(empty, report));
        assertEquals("path,requests,client_errors,server_errors,bytes,mean_ms,max_ms\n# malformed lines: 0\n",
                report());
    }

    @Test
    void replacesAnOldReport() throws IOException {
        Files.writeString(report, "old ".repeat(1000));
        LogReport.run(logs, report, 2, 5);
        assertEquals(REPORT, report());
    }

    @Test
    void aMissingFolderIsAnErrorAndWritesNoReport() {
        assertThrows(IOException.class, () -> LogReport.run(tmp.resolve("missing"), report));
        assertFalse(Files.exists(report));
    }

    @Test
    void aLogFileThatIsNotUtf8IsAnErrorAndWritesNoReport() throws IOException {
        Files.write(logs.resolve("access-3.log"),
                "2026-03-01T12:00:04Z GET /caf\u00e9 200 1 1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(IOException.class, () -> LogReport.run(logs, report));
        assertFalse(Files.exists(report));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "-1, 5", "4, -3"})
    void refusesNoThreadsOrEmptyChunksBeforeReadingAnything(int threads, int chunkLines) {
        assertThrows(IllegalArgumentException.class,
                () -> LogReport.run(tmp.resolve("missing"), report, threads, chunkLines));
        assertFalse(Files.exists(report));
    }

    @Test
    void summarizeCombinesTheSummariesOfAllChunks() {
        List<String> first = LogFiles.splitLines(FIRST);
        List<String> second = LogFiles.splitLines(SECOND);
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        assertEquals(LogSummary.of(all), LogReport.summarize(List.of(first, second), 2));
        assertEquals(LogSummary.of(all), LogReport.summarize(List.of(second, List.of(), first), 1));
        assertEquals(LogSummary.EMPTY, LogReport.summarize(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> LogReport.summarize(List.of(first), 0));
    }
}
