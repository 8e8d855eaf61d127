package dev.amdahl.exercises.pipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lecture: a pipe holds only so much, and a process whose pipe is full waits until someone reads it. */
@DisplayName("Streams.readBoth reads stdout and stderr at the same time")
@Order(3)
class StreamsTest {

    /** 4 MiB on each stream: 65,536 lines of 64 bytes, and a few more. */
    private static final int FOUR_MIB_OF_LINES = (4 << 20) / Lines.LENGTH;

    /** Shows the deadlock; it grades nothing. */
    @Test
    @Timeout(20)
    @DisplayName("demonstration, no points: reading stdout to its end before stderr hangs")
    @Order(1)
    void sequentialReadHangs() throws Exception {
        try (Leftovers leftovers = new Leftovers()) {
            Process child = new ProcessBuilder(Child.command("flood", "1", Integer.toString(FOUR_MIB_OF_LINES)))
                    .start();
            child.getOutputStream().close();
            FutureTask<ProcessOutput> reading = new FutureTask<>(() -> SequentialRead.readBoth(child));
            Thread.ofPlatform().daemon().name("sequential-read").start(reading);

            assertThrows(TimeoutException.class, () -> reading.get(3, TimeUnit.SECONDS), "SequentialRead "
                    + "finished, but it should hang: the child fills its stderr pipe while SequentialRead waits "
                    + "for the end of stdout.");

            child.destroyForcibly();
            assertTrue(child.waitFor(5, TimeUnit.SECONDS), "The child was killed and should have ended.");
            assertFalse(child.isAlive(), "The child should be gone.");
            List<ProcessHandle> alive = leftovers.aliveAfter(Duration.ofSeconds(3));
            assertTrue(alive.isEmpty(), "No child process should be left: " + Leftovers.describe(alive));
        }
    }

    @Test
    @Points(1)
    @DisplayName("readBoth keeps stdout and stderr apart, decoded as UTF-8")
    @Order(2)
    void keepsThemApart() throws Exception {
        String token = Long.toHexString(Seed.random().nextLong());
        try (Leftovers leftovers = new Leftovers()) {
            Process child = new ProcessBuilder(Child.command("out", "to stdout: grüße " + token,
                    "err", "to stderr: 世界 🙂 " + token)).start();
            child.getOutputStream().close();

            ProcessOutput output = Within.limit(Duration.ofSeconds(10), () -> Streams.readBoth(child),
                    "The child prints two short lines and ends.");

            assertEquals("to stdout: grüße " + token, output.stdout(), "stdout should hold exactly what the "
                    + "program printed on standard output (Process.getInputStream()), decoded as UTF-8.");
            assertEquals("to stderr: 世界 🙂 " + token, output.stderr(), "stderr should hold exactly what the "
                    + "program printed on standard error (Process.getErrorStream()), decoded as UTF-8.");
        }
    }

    @Test
    @Points(3)
    @Timeout(10)
    @DisplayName("readBoth reads 4 MiB of stdout and 4 MiB of stderr without a deadlock")
    @Order(3)
    void readsBothWithoutDeadlock() throws Exception {
        Random random = Seed.random();
        long seed = random.nextLong();
        int count = FOUR_MIB_OF_LINES + random.nextInt(1_024);
        try (Leftovers leftovers = new Leftovers()) {
            Process child = new ProcessBuilder(Child.command("flood", Long.toString(seed), Integer.toString(count)))
                    .start();
            child.getOutputStream().close();

            ProcessOutput output = Within.limit(Duration.ofSeconds(7), () -> Streams.readBoth(child),
                    "readBoth is probably stuck in a deadlock. The child writes 8 KiB to stdout, then 8 KiB to "
                    + "stderr, over and over, " + count * Lines.LENGTH + " bytes on each. Reading one stream to "
                    + "its end before the other lets the other pipe fill up (64 KiB): the child then waits for "
                    + "you to read it, and you wait for the child to finish the stream you are reading. Read "
                    + "both at the same time, one of them on another thread (lecture: a pipe holds only so much; "
                    + "see SequentialRead in the tests).");

            Texts.assertSame(Lines.text(seed, count), output.stdout(), "stdout should hold all "
                    + count * Lines.LENGTH + " bytes the child printed on it, in order.");
            Texts.assertSame(Lines.text(~seed, count), output.stderr(), "stderr should hold all "
                    + count * Lines.LENGTH + " bytes the child printed on it, in order.");
        }
    }
}
