package dev.amdahl.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Integration tests of the whole program on one log file. */
class LogReportTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheReportOfALogFile() throws IOException {
        Path logs = Files.createDirectory(tmp.resolve("logs"));
        Files.writeString(logs.resolve("access.log"), """
                2026-03-01T12:00:00Z GET /index.html 200 1000 10
                2026-03-01T12:00:01Z GET /index.html 500 0 40
                2026-03-01T12:00:02Z GET /index.html 200 1000 16
                2026-03-01T12:00:03Z GET /search?q=amdahl 404 200 30
                not a log line
                2026-03-01T12:00:04Z GET /search?q=law 200 300 20
                2026-03-01T12:00:05Z POST /login 200 - 5
                """);
        Path report = tmp.resolve("report.csv");
        LogReport.run(logs, report);
        assertEquals("""
                path,requests,client_errors,server_errors,bytes,mean_ms,max_ms
                /index.html,3,0,1,2000,22.0,40
                /search,2,1,0,500,25.0,30
                /login,1,0,0,0,5.0,5
                # malformed lines: 1
                """, Files.readString(report));
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(IOException.class, () -> LogReport.run(tmp.resolve("missing"), tmp.resolve("report.csv")));
    }
}
