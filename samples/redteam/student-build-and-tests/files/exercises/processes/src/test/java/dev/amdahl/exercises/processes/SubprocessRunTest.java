package dev.amdahl.exercises.processes;

import dev.amdahl.grading.Points;
import org.junit.jupiter.api.Test;

class SubprocessRunTest {
    @Test
    @Points(100)
    void callReturnsExitCode() {
    }
}
