package dev.amdahl.exercises.testing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The aggregate of some log lines: the stats of each path, and how many lines were malformed.
 *
 * @param byPath         the stats of every path that at least one good line asked for, sorted by path; an
 *                       unmodifiable copy of the map it was made with
 * @param malformedLines how many lines were neither blank nor good (see {@link LogParser})
 */
public record LogSummary(Map<String, PathStats> byPath, long malformedLines) {

    /** The summary of no lines at all: combining it with any summary gives that summary. */
    public static final LogSummary EMPTY = new LogSummary(Map.of(), 0);

    /**
     * Keeps an unmodifiable copy of the stats, sorted by path.
     *
     * @param byPath         the stats of each path
     * @param malformedLines how many lines were malformed
     */
    public LogSummary {
        byPath = Collections.unmodifiableSortedMap(new TreeMap<>(byPath));
    }

    /**
     * Apply: summarizes some lines. A blank line (empty, or only whitespace) is skipped and not counted; every
     * other line is either a good line, whose request is added to the stats of its path, or a malformed one,
     * which is counted.
     *
     * @param lines the lines, without their line ends
     * @return the stats of each path and the number of malformed lines
     */
    public static LogSummary of(List<String> lines) {
        Map<String, PathStats> byPath = new TreeMap<>();
        long malformed = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Optional<LogRecord> record = LogParser.parse(line);
            if (record.isPresent()) {
                byPath.merge(record.get().path(), PathStats.of(record.get()), PathStats::combine);
            } else {
                malformed++;
            }
        }
        return new LogSummary(byPath, malformed);
    }

    /**
     * Combine: the summary of this summary's lines and the other's together. Neither is changed.
     *
     * @param other the summary of other lines
     * @return every path of either summary, with its stats {@linkplain PathStats#combine(PathStats) combined}
     *         where both have it, and the malformed lines of both added up
     */
    public LogSummary combine(LogSummary other) {
        Map<String, PathStats> merged = new TreeMap<>(byPath);
        other.byPath.forEach((path, stats) -> merged.merge(path, stats, PathStats::combine));
        return new LogSummary(merged, malformedLines + other.malformedLines);
    }
}
