package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The given record refuses missing output, so a bug in run shows up where it happens. */
@ExtendWith(NoProcessLeftBehind.class)
@Order(6)
class CompletedProcessTest {

    @Test
    @DisplayName("given code, no points: CompletedProcess refuses a missing stdout or stderr")
    @Order(1)
    void refusesNullOutput() {
        assertThrows(NullPointerException.class, () -> new CompletedProcess(0, null, "", false));
        assertThrows(NullPointerException.class, () -> new CompletedProcess(0, "", null, false));
    }
}
