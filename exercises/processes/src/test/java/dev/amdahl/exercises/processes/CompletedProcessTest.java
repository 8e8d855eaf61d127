package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The given record refuses missing output, so a bug in run shows up where it happens. */
class CompletedProcessTest {

    @Test
    void refusesNullOutput() {
        assertThrows(NullPointerException.class, () -> new CompletedProcess(0, null, "", false));
        assertThrows(NullPointerException.class, () -> new CompletedProcess(0, "", null, false));
    }
}
