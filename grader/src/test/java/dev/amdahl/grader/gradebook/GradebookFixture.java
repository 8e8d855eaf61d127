package dev.amdahl.grader.gradebook;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What every gradebook test starts from: a gradebook's file in a fresh folder, and a clock that ticks each read. */
abstract class GradebookFixture {

    static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

    @TempDir
    Path out;

    Path file;
    TestClock clock;

    @BeforeEach
    void setUp() {
        file = out.resolve(Gradebook.FILE_NAME);
        clock = new TestClock(START);
    }
}
