package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of LogParser: one line in, a record or nothing out. */
class LogParserTest {

    private static LogRecord parsed(String line) {
        Optional<LogRecord> record = LogParser.parse(line);
        assertTrue(record.isPresent(), () -> "a good line: " + line);
        return record.get();
    }

    @Test
    void parsesEveryFieldOfAGoodLine() {
        assertEquals(new LogRecord(Instant.parse("2026-03-01T12:00:05Z"), "GET", "/index.html", 200, 5120, 37),
                parsed("2026-03-01T12:00:05Z GET /index.html 200 5120 37"));
    }

    @Test
    void fieldsMayBeSeparatedByAnyRunOfWhitespace() {
        assertEquals(new LogRecord(Instant.parse("2026-03-01T12:00:05Z"), "POST", "/login", 302, 0, 4),
                parsed("  2026-03-01T12:00:05Z \t POST   /login 302\t0 4 \t"));
    }

    @ParameterizedTest
    @CsvSource({
        "/search?q=amdahl, /search",
        "/search?q=a?b, /search",
        "/?page=2, /",
        "/a/b/c.html, /a/b/c.html",
        "/café, /café",
        "/report?, /report",
    })
    void dropsTheQueryString(String written, String path) {
        assertEquals(path, parsed("2026-03-01T12:00:05Z GET " + written + " 200 1 1").path());
    }

    @Test
    void aDashForBytesMeansNoBytes() {
        assertEquals(0, parsed("2026-03-01T12:00:05Z GET /a 304 - 3").bytes());
    }

    @ParameterizedTest
    @CsvSource({
        "100, 0, 0",
        "599, 999999999999999999, 999999999999999999",
        "404, 7, 0",
    })
    void acceptsTheLimitsOfEachNumber(int status, long bytes, long millis) {
        LogRecord record = parsed("2026-03-01T12:00:05Z GET /a " + status + " " + bytes + " " + millis);
        assertEquals(status, record.status());
        assertEquals(bytes, record.bytes());
        assertEquals(millis, record.millis());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   \t ",
        "2026-03-01T12:00:05Z GET /a 200 1",
        "2026-03-01T12:00:05Z GET /a 200 1 2 3",
        "2026-03-01 GET /a 200 1 2",
        "2026-13-01T12:00:05Z GET /a 200 1 2",
        "2026-02-30T12:00:05Z GET /a 200 1 2",
        "yesterday GET /a 200 1 2",
        "2026-03-01T12:00:05Z get /a 200 1 2",
        "2026-03-01T12:00:05Z G3T /a 200 1 2",
        "2026-03-01T12:00:05Z - /a 200 1 2",
        "2026-03-01T12:00:05Z GET a 200 1 2",
        "2026-03-01T12:00:05Z GET http://x/a 200 1 2",
        "2026-03-01T12:00:05Z GET /a 600 1 2",
        "2026-03-01T12:00:05Z GET /a 099 1 2",
        "2026-03-01T12:00:05Z GET /a 20 1 2",
        "2026-03-01T12:00:05Z GET /a 2000 1 2",
        "2026-03-01T12:00:05Z GET /a OK 1 2",
        "2026-03-01T12:00:05Z GET /a 200 -5 2",
        "2026-03-01T12:00:05Z GET /a 200 -- 2",
        "2026-03-01T12:00:05Z GET /a 200 1.5 2",
        "2026-03-01T12:00:05Z GET /a 200 1234567890123456789 2",
        "2026-03-01T12:00:05Z GET /a 200 1 -1",
        "2026-03-01T12:00:05Z GET /a 200 1 -",
        "2026-03-01T12:00:05Z GET /a 200 1 2ms",
        "2026-03-01T12:00:05Z GET /a 200 1 1234567890123456789",
    })
    void rejectsAMalformedLine(String line) {
        assertEquals(Optional.empty(), LogParser.parse(line));
    }
}
