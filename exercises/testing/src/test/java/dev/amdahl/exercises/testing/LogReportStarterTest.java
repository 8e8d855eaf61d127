package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A starter: one integration test of the whole program, the pattern to copy for your own. It writes a real log
 * file into a fresh temporary folder, runs {@link LogReport#run(Path, Path)} on it, and compares the report with
 * the one worked out by hand from the Javadoc. One test checks little: most mistakes it cannot see (run
 * {@code ./mvnw test} and read the practice table). Keep it, change it, or delete it; it is yours now.
 */
class LogReportStarterTest {

    /** JUnit makes a new, empty folder for each test and deletes it afterwards. */
    @TempDir
    Path tmp;

    @Test
    void reportOfOneLogFile() throws IOException {
        // Arrange: the input, a real file. The text block ends with an empty line, which the program skips.
        Path logs = Files.createDirectory(tmp.resolve("logs"));
        Files.writeString(logs.resolve("access.log"), """
                2026-03-01T12:00:05Z GET /index.html 200 5120 12
                2026-03-01T12:00:06Z GET /search?q=amdahl 404 - 7
                this line is not a log line
                2026-03-01T12:00:07Z POST /index.html 503 2048 40

                """, StandardCharsets.UTF_8);
        Path report = tmp.resolve("report.csv");

        // Act: the whole program, split, apply and combine.
        LogReport.run(logs, report);

        // Assert: exactly what the Javadoc says, worked out by hand. /index.html: 2 requests, one a server error
        // (503), 5120 + 2048 bytes, a mean of (12 + 40) / 2 = 26.0 ms, at most 40 ms; it has more requests than
        // /search (whose query string is dropped), so it comes first. One line is malformed; the empty one is
        // skipped and not counted.
        assertEquals("""
                path,requests,client_errors,server_errors,bytes,mean_ms,max_ms
                /index.html,2,0,1,7168,26.0,40
                /search,1,1,0,0,7.0,7
                # malformed lines: 1
                """, Files.readString(report, StandardCharsets.UTF_8));
    }
}
