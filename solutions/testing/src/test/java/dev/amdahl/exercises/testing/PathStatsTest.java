package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Unit tests of PathStats: the stats of one request, and combining two partial aggregates. */
class PathStatsTest {

    private static LogRecord request(int status, long bytes, long millis) {
        return new LogRecord(Instant.EPOCH, "GET", "/a", status, bytes, millis);
    }

    @Test
    void oneRequestCountsOnce() {
        assertEquals(new PathStats(1, 0, 0, 512, 30, 30), PathStats.of(request(200, 512, 30)));
        assertEquals(new PathStats(1, 1, 0, 0, 4, 4), PathStats.of(request(404, 0, 4)));
        assertEquals(new PathStats(1, 0, 1, 7, 9, 9), PathStats.of(request(500, 7, 9)));
    }

    @Test
    void combineAddsUpAndKeepsTheLargerMaximum() {
        PathStats left = new PathStats(3, 1, 0, 100, 60, 40);
        PathStats right = new PathStats(2, 0, 2, 50, 30, 25);
        assertEquals(new PathStats(5, 1, 2, 150, 90, 40), left.combine(right));
        assertEquals(new PathStats(5, 1, 2, 150, 90, 40), right.combine(left));
        assertEquals(new PathStats(3, 1, 0, 100, 60, 40), left, "left is unchanged");
        assertEquals(new PathStats(2, 0, 2, 50, 30, 25), right, "right is unchanged");
    }

    @Test
    void emptyIsTheIdentity() {
        PathStats stats = new PathStats(2, 1, 1, 10, 20, 15);
        assertEquals(stats, stats.combine(PathStats.EMPTY));
        assertEquals(stats, PathStats.EMPTY.combine(stats));
        assertEquals(new PathStats(0, 0, 0, 0, 0, 0), PathStats.EMPTY);
    }

    @Test
    void combiningRequestByRequestGivesTheirStats() {
        PathStats stats = PathStats.of(request(200, 10, 5))
                .combine(PathStats.of(request(503, 20, 50)))
                .combine(PathStats.of(request(418, 30, 7)));
        assertEquals(new PathStats(3, 1, 1, 60, 62, 50), stats);
    }
}
