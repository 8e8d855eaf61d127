package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit tests of the stats, the summary, the chunks and the report's rows. */
class SummaryAndReportTest {

    @Test
    void combinesStats() {
        PathStats one = PathStats.of(new LogRecord(Instant.EPOCH, "GET", "/a", 200, 100, 10));
        PathStats two = PathStats.of(new LogRecord(Instant.EPOCH, "GET", "/a", 503, 50, 30));
        assertEquals(new PathStats(2, 0, 1, 150, 40, 30), one.combine(two));
    }

    @Test
    void summarizesLines() {
        LogSummary summary = LogSummary.of(List.of(
                "2026-03-01T12:00:00Z GET /a 200 100 10",
                "garbage",
                "2026-03-01T12:00:01Z GET /a 404 20 30",
                "2026-03-01T12:00:02Z GET /b 200 5 5"));
        assertEquals(new PathStats(2, 1, 0, 120, 40, 30), summary.byPath().get("/a"));
        assertEquals(new PathStats(1, 0, 0, 5, 5, 5), summary.byPath().get("/b"));
        assertEquals(1, summary.malformedLines());
    }

    @Test
    void combinesSummariesOfDifferentPaths() {
        LogSummary left = new LogSummary(Map.of("/a", new PathStats(1, 0, 0, 1, 1, 1)), 1);
        LogSummary right = new LogSummary(Map.of("/b", new PathStats(2, 0, 0, 2, 2, 2)), 2);
        LogSummary both = left.combine(right);
        assertEquals(2, both.byPath().size());
        assertEquals(3, both.malformedLines());
    }

    @Test
    void chunksLists() {
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), LogFiles.chunk(List.of(1, 2, 3, 4, 5), 2));
        assertThrows(IllegalArgumentException.class, () -> LogFiles.chunk(List.of(1), 0));
    }

    @Test
    void splitsLines() {
        assertEquals(List.of("a", "b"), LogFiles.splitLines("a\nb\n"));
    }

    @Test
    void formatsMeansAndRows() {
        assertEquals("7.0", ReportWriter.formatMean(new PathStats(1, 0, 0, 0, 7, 7)));
        assertEquals("12.5", ReportWriter.formatMean(new PathStats(2, 0, 0, 0, 25, 20)));
        assertEquals("12.7", ReportWriter.formatMean(new PathStats(3, 0, 0, 0, 38, 20)));
        assertEquals("/a,2,0,1,150,20.0,30", ReportWriter.formatRow("/a", new PathStats(2, 0, 1, 150, 40, 30)));
    }

    @Test
    void sortsRowsByRequests() {
        LogSummary summary = new LogSummary(Map.of("/a", new PathStats(1, 0, 0, 0, 1, 1),
                "/b", new PathStats(3, 0, 0, 0, 3, 1)), 0);
        assertEquals(List.of(ReportWriter.HEADER, "/b,3,0,0,0,1.0,1", "/a,1,0,0,0,1.0,1", "# malformed lines: 0"),
                ReportWriter.lines(summary));
    }
}
