package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PrivateMemoryTest {

    @Test
    void aJvmWhoseMemoryItCanReadIsRefused() {
        // This test's JVM is an ordinary, dumpable one: exactly what the runner must refuse to grade in.
        Assumptions.assumeTrue(Files.exists(Path.of(PrivateMemory.MEMORY)), "a Linux /proc");
        assertTrue(PrivateMemory.readable(PrivateMemory.MEMORY));
        IllegalStateException refused = assertThrows(IllegalStateException.class, PrivateMemory::require);
        assertTrue(refused.getMessage().contains("chmod 0711"), refused.getMessage());
    }

    @Test
    void aPathThatCannotBeOpenedIsNotReadable() {
        assertFalse(PrivateMemory.readable("/nonexistent/amdahl/mem"));
    }
}
