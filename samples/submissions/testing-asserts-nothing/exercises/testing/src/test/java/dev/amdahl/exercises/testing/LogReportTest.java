package dev.amdahl.exercises.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every part of the program on good and bad input, and checks nothing: it passes whatever the program
 * returns, so it catches no bug, however much of the program it runs.
 */
class LogReportTest {

    private static final List<String> LINES = List.of(
            "2026-03-01T12:00:00Z GET /index.html 200 1000 10",
            "2026-03-01T12:00:01Z GET /search?q=amdahl 404 - 30",
            "2026-03-01T12:00:02Z POST /login 500 10 5",
            "not a log line",
            "",
            "2026-03-01T12:00:03Z GET /a,b 200 1 1");

    @TempDir
    Path tmp;

    @Test
    void parsesLines() {
        for (String line : LINES) {
            LogParser.parse(line);
        }
        LogParser.parse("2026-03-01T12:00:00Z get /a 200 1 1");
        LogParser.parse("2026-03-01T12:00:00Z GET a 200 1 1");
        LogParser.parse("2026-03-01T12:00:00Z GET /a 700 1 1");
        LogParser.parse("2026-03-01T12:00:00Z GET /a 200 x 1");
        LogParser.parse("2026-03-01T12:00:00Z GET /a 200 1 x");
        LogParser.parse("yesterday GET /a 200 1 1");
    }

    @Test
    void summarizesAndCombines() {
        LogSummary summary = LogSummary.of(LINES);
        summary.combine(LogSummary.of(LINES.subList(0, 2)));
        PathStats.of(new LogRecord(Instant.EPOCH, "GET", "/", 503, 1, 1)).combine(PathStats.EMPTY);
        ReportWriter.lines(summary);
        ReportWriter.formatMean(PathStats.EMPTY);
        ReportWriter.csvField("/say\"hi\"");
    }

    @Test
    void cutsAndSplits() {
        LogFiles.chunk(List.of(1, 2, 3, 4, 5), 2);
        LogFiles.splitLines("a\r\nb\n\nc");
        try {
            LogFiles.chunk(List.of(1), 0);
        } catch (IllegalArgumentException expected) {
            // nothing to check
        }
    }

    @Test
    void runsTheWholeProgram() throws IOException {
        Path logs = Files.createDirectory(tmp.resolve("logs"));
        Files.writeString(logs.resolve("a.log"), String.join("\n", LINES), StandardCharsets.UTF_8);
        Files.writeString(logs.resolve("b.log"), String.join("\r\n", LINES) + "\r\n", StandardCharsets.UTF_8);
        LogReport.run(logs, tmp.resolve("report.csv"));
        LogReport.run(logs, tmp.resolve("report-2.csv"), 2, 3);
        LogReport.summarize(List.of(LINES, LINES), 2);
        Files.readString(tmp.resolve("report.csv"));
        try {
            LogReport.run(tmp.resolve("missing"), tmp.resolve("report-3.csv"));
        } catch (IOException expected) {
            // nothing to check
        }
        try {
            LogReport.run(logs, tmp.resolve("report-4.csv"), 0, 1);
        } catch (IllegalArgumentException expected) {
            // nothing to check
        }
        Map.of("report", Files.readAllLines(tmp.resolve("report-2.csv")));
    }
}
