package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Unit tests of the parser and of the status classes. */
class LogParserTest {

    @Test
    void parsesAGoodLine() {
        LogRecord record = LogParser.parse("2026-03-01T12:00:05Z GET /index.html 200 5120 37").orElseThrow();
        assertEquals(Instant.parse("2026-03-01T12:00:05Z"), record.time());
        assertEquals("GET", record.method());
        assertEquals("/index.html", record.path());
        assertEquals(200, record.status());
        assertEquals(5120, record.bytes());
        assertEquals(37, record.millis());
    }

    @Test
    void dropsTheQueryAndReadsADashAsNoBytes() {
        LogRecord record = LogParser.parse("2026-03-01T12:00:05Z GET /search?q=x 304 - 3").orElseThrow();
        assertEquals("/search", record.path());
        assertEquals(0, record.bytes());
    }

    @Test
    void rejectsMalformedLines() {
        assertTrue(LogParser.parse("").isEmpty());
        assertTrue(LogParser.parse("hello world").isEmpty());
        assertTrue(LogParser.parse("yesterday GET /a 200 1 2").isEmpty());
        assertTrue(LogParser.parse("2026-03-01T12:00:05Z get /a 200 1 2").isEmpty());
        assertTrue(LogParser.parse("2026-03-01T12:00:05Z GET a 200 1 2").isEmpty());
        assertTrue(LogParser.parse("2026-03-01T12:00:05Z GET /a 700 1 2").isEmpty());
        assertTrue(LogParser.parse("2026-03-01T12:00:05Z GET /a 200 -5 2").isEmpty());
    }

    @Test
    void classifiesErrors() {
        assertTrue(new LogRecord(Instant.EPOCH, "GET", "/", 404, 0, 0).isClientError());
        assertFalse(new LogRecord(Instant.EPOCH, "GET", "/", 404, 0, 0).isServerError());
        assertTrue(new LogRecord(Instant.EPOCH, "GET", "/", 500, 0, 0).isServerError());
        assertFalse(new LogRecord(Instant.EPOCH, "GET", "/", 200, 0, 0).isClientError());
    }
}
