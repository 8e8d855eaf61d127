package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit tests of LogRecord's error classes, at every boundary. */
class LogRecordTest {

    @ParameterizedTest
    @CsvSource({
        "100, false, false",
        "200, false, false",
        "399, false, false",
        "400, true, false",
        "404, true, false",
        "499, true, false",
        "500, false, true",
        "501, false, true",
        "599, false, true",
    })
    void classifiesTheStatus(int status, boolean clientError, boolean serverError) {
        LogRecord record = new LogRecord(Instant.EPOCH, "GET", "/", status, 0, 0);
        assertEquals(clientError, record.isClientError(), "client error");
        assertEquals(serverError, record.isServerError(), "server error");
    }
}
