package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit tests of ReportWriter: numbers, fields, rows, their order, and the file. */
class ReportWriterTest {

    @TempDir
    Path folder;

    private static PathStats stats(long requests, long totalMillis) {
        return new PathStats(requests, 0, 0, 0, totalMillis, totalMillis);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 7, 7.0",
        "4, 49, 12.3",
        "100, 1224, 12.2",
        "100, 1225, 12.3",
        "100, 1226, 12.3",
        "3, 37, 12.3",
        "3, 38, 12.7",
        "20, 1, 0.1",
        "40, 1, 0.0",
        "2, 0, 0.0",
        "4, 2, 0.5",
        "8, 1, 0.1",
        "1, 999999999999999999, 999999999999999999.0",
    })
    void theMeanHasOneDecimalAndHalvesRoundUp(long requests, long totalMillis, String mean) {
        assertEquals(mean, ReportWriter.formatMean(stats(requests, totalMillis)));
    }

    @Test
    void theMeanOfNoRequestsIsZero() {
        assertEquals("0.0", ReportWriter.formatMean(PathStats.EMPTY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "/index.html | /index.html",
        "/a,b | \"/a,b\"",
        "/say\"hi\" | \"/say\"\"hi\"\"\"",
        "/\"a,b\" | \"/\"\"a,b\"\"\"",
        "/a;b | /a;b",
    })
    void aFieldIsQuotedOnlyWhenItHoldsACommaOrAQuote(String text, String field) {
        assertEquals(field, ReportWriter.csvField(text));
    }

    @Test
    void aRowHoldsEveryStatInTheHeadersOrder() {
        assertEquals("path,requests,client_errors,server_errors,bytes,mean_ms,max_ms", ReportWriter.HEADER);
        assertEquals("/index.html,4,1,2,15360,12.3,40",
                ReportWriter.formatRow("/index.html", new PathStats(4, 1, 2, 15360, 49, 40)));
        assertEquals("\"/a,b\",1,0,0,0,3.0,3", ReportWriter.formatRow("/a,b", new PathStats(1, 0, 0, 0, 3, 3)));
    }

    @Test
    void rowsGoByRequestsMostFirstThenByPath() {
        LogSummary summary = new LogSummary(Map.of(
                "/b", stats(2, 20), "/a", stats(1, 10), "/c", stats(5, 50), "/d", stats(2, 20), "/B", stats(2, 20),
                "/aa", stats(1, 10)), 3);
        assertEquals(List.of(ReportWriter.HEADER,
                "/c,5,0,0,0,10.0,50",
                "/B,2,0,0,0,10.0,20",
                "/b,2,0,0,0,10.0,20",
                "/d,2,0,0,0,10.0,20",
                "/a,1,0,0,0,10.0,10",
                "/aa,1,0,0,0,10.0,10",
                "# malformed lines: 3"), ReportWriter.lines(summary));
    }

    @Test
    void anEmptySummaryHasOnlyTheHeaderAndTheMalformedCount() {
        assertEquals(List.of(ReportWriter.HEADER, "# malformed lines: 0"), ReportWriter.lines(LogSummary.EMPTY));
        assertEquals(List.of(ReportWriter.HEADER, "# malformed lines: 7"),
                ReportWriter.lines(new LogSummary(Map.of(), 7)));
    }

    @Test
    void writesUtf8LinesEndedByLineFeedsAndReplacesTheFile() throws IOException {
        Path report = Files.writeString(folder.resolve("report.csv"), "an old report that is longer than the new\n");
        LogSummary summary = new LogSummary(Map.of("/café", stats(1, 2)), 0);
        ReportWriter.write(summary, report);
        String expected = ReportWriter.HEADER + "\n/café,1,0,0,0,2.0,2\n# malformed lines: 0\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(report));
    }

    @Test
    void aReportInAMissingFolderIsAnError() {
        assertThrows(IOException.class,
                () -> ReportWriter.write(LogSummary.EMPTY, folder.resolve("missing").resolve("report.csv")));
    }
}
