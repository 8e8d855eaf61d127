package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit tests of LogSummary: apply (of) and combine. */
class LogSummaryTest {

    private static final List<String> LINES = List.of(
            "2026-03-01T12:00:00Z GET /b 200 100 10",
            "2026-03-01T12:00:01Z GET /a?x=1 404 - 3",
            "not a log line",
            "",
            "2026-03-01T12:00:02Z GET /b 500 50 30",
            "   ",
            "2026-03-01T25:00:02Z GET /b 200 50 30",
            "2026-03-01T12:00:03Z GET /a 200 10 5");

    @Test
    void aggregatesGoodLinesPerPathAndCountsMalformedOnes() {
        LogSummary summary = LogSummary.of(LINES);
        assertEquals(Map.of("/a", new PathStats(2, 1, 0, 10, 8, 5), "/b", new PathStats(2, 0, 1, 150, 40, 30)),
                summary.byPath());
        assertEquals(2, summary.malformedLines(), "a line that is not a log line, and one with a bad time");
    }

    @Test
    void blankLinesAreNeitherRequestsNorMalformed() {
        assertEquals(LogSummary.EMPTY, LogSummary.of(List.of("", " ", "\t")));
        assertEquals(LogSummary.EMPTY, LogSummary.of(List.of()));
        assertEquals(new LogSummary(Map.of(), 0), LogSummary.EMPTY);
    }

    @Test
    void onlyMalformedLines() {
        assertEquals(new LogSummary(Map.of(), 3), LogSummary.of(List.of("x", "2026-03-01T12:00:00Z GET /b", "-")));
    }

    @Test
    void pathsAreSortedAndTheMapCannotBeChanged() {
        Map<String, PathStats> stats = new HashMap<>();
        stats.put("/z", PathStats.EMPTY);
        stats.put("/a", PathStats.EMPTY);
        stats.put("/m", PathStats.EMPTY);
        LogSummary summary = new LogSummary(stats, 0);
        stats.put("/b", PathStats.EMPTY);
        assertEquals(List.of("/a", "/m", "/z"), new ArrayList<>(summary.byPath().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> summary.byPath().put("/c", PathStats.EMPTY));
        assertEquals(List.of("/a", "/b"), new ArrayList<>(LogSummary.of(List.of(
                "2026-03-01T12:00:00Z GET /b 200 1 1", "2026-03-01T12:00:00Z GET /a 200 1 1")).byPath().keySet()));
    }

    @Test
    void combineMergesTheStatsOfPathsInBothAndAddsMalformedLines() {
        LogSummary left = new LogSummary(Map.of("/a", new PathStats(2, 1, 0, 10, 8, 5),
                "/b", new PathStats(1, 0, 0, 100, 10, 10)), 1);
        LogSummary right = new LogSummary(Map.of("/b", new PathStats(3, 0, 2, 60, 90, 70),
                "/c", new PathStats(1, 0, 0, 1, 1, 1)), 2);
        LogSummary expected = new LogSummary(Map.of("/a", new PathStats(2, 1, 0, 10, 8, 5),
                "/b", new PathStats(4, 0, 2, 160, 100, 70), "/c", new PathStats(1, 0, 0, 1, 1, 1)), 3);
        assertEquals(expected, left.combine(right));
        assertEquals(expected, right.combine(left));
        assertEquals(2, left.byPath().size(), "left is unchanged");
        assertEquals(new PathStats(3, 0, 2, 60, 90, 70), right.byPath().get("/b"), "right is unchanged");
    }

    @Test
    void emptyIsTheIdentity() {
        LogSummary summary = LogSummary.of(LINES);
        assertEquals(summary, summary.combine(LogSummary.EMPTY));
        assertEquals(summary, LogSummary.EMPTY.combine(summary));
    }

    @Test
    void summariesOfChunksCombineToTheSummaryOfAllLines() {
        LogSummary whole = LogSummary.of(LINES);
        for (int cut = 0; cut <= LINES.size(); cut++) {
            LogSummary combined = LogSummary.of(LINES.subList(0, cut)).combine(LogSummary.of(LINES.subList(cut,
                    LINES.size())));
            assertEquals(whole, combined, "cut after line " + cut);
        }
    }
}
