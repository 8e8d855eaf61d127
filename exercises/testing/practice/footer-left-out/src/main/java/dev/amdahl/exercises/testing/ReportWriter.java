package dev.amdahl.exercises.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LogSummary} as a CSV report:
 *
 * <pre>
 * path,requests,client_errors,server_errors,bytes,mean_ms,max_ms
 * /index.html,3,0,1,15360,12.3,40
 * /search,1,1,0,0,7.0,7
 * # malformed lines: 2
 * </pre>
 *
 * <p>The {@link #HEADER} comes first, then one row per path, and last a line that says how many lines were
 * malformed. Rows are sorted by requests, most first; paths with as many requests are sorted by path
 * ({@link String#compareTo(String)}), so that {@code /a} comes before {@code /b}.
 */
public final class ReportWriter {

    /** The first line of every report. */
    public static final String HEADER = "path,requests,client_errors,server_errors,bytes,mean_ms,max_ms";

    private static final Comparator<Map.Entry<String, PathStats>> ORDER =
            Comparator.comparingLong((Map.Entry<String, PathStats> row) -> row.getValue().requests()).reversed()
                    .thenComparing(Map.Entry::getKey);

    private ReportWriter() {
    }

    /**
     * The lines of the report, without line ends.
     *
     * @param summary the summary
     * @return the header, one row per path in the report's order, and the line
     *         {@code # malformed lines: N}
     */
    public static List<String> lines(LogSummary summary) {
        List<Map.Entry<String, PathStats>> rows = new ArrayList<>(summary.byPath().entrySet());
        rows.sort(ORDER);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Map.Entry<String, PathStats> row : rows) {
            lines.add(formatRow(row.getKey(), row.getValue()));
        }
        if (summary.malformedLines() > 0) {
            lines.add("# malformed lines: " + summary.malformedLines());
        }
        return lines;
    }

    /**
     * One row of the report: the path as a CSV field, the requests, client errors, server errors and bytes,
     * the {@linkplain #formatMean(PathStats) mean} and the maximum response time, separated by commas.
     *
     * @param path  the path
     * @param stats its stats
     * @return the row, such as {@code /index.html,3,0,1,15360,12.3,40}
     */
    public static String formatRow(String path, PathStats stats) {
        return csvField(path) + "," + stats.requests() + "," + stats.clientErrors() + "," + stats.serverErrors()
                + "," + stats.bytes() + "," + formatMean(stats) + "," + stats.maxMillis();
    }

    /**
     * The mean response time, {@code totalMillis / requests}, rounded to one decimal, halves away from zero:
     * 12.25 ms is {@code 12.3}, 12.24 ms is {@code 12.2}, 7 ms is {@code 7.0}.
     *
     * @param stats the stats
     * @return the mean with exactly one decimal and a point; {@code 0.0} for no requests
     */
    public static String formatMean(PathStats stats) {
        if (stats.requests() == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(stats.totalMillis())
                .divide(BigDecimal.valueOf(stats.requests()), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /**
     * A text as one CSV field: as it is, unless it holds a comma or a double quote; then in double quotes, with
     * each double quote doubled ({@code /a,b} is {@code "/a,b"}, {@code /say"hi"} is {@code "/say""hi"""}).
     *
     * @param text the text
     * @return the field
     */
    public static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes the report's {@linkplain #lines(LogSummary) lines} to a file in UTF-8, each ended by {@code \n},
     * replacing the file if it exists.
     *
     * @param summary the summary
     * @param file    the report file; its folder must exist
     * @throws IOException if the file cannot be written
     */
    public static void write(LogSummary summary, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines(summary)) {
            text.append(line).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
