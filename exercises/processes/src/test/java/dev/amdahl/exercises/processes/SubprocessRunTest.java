package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lecture: "running a script from the command line" and "getting the stdout and stderr from a process". */
@DisplayName("Subprocess.call and Subprocess.run")
@ExtendWith(NoProcessLeftBehind.class)
@Order(1)
class SubprocessRunTest {

    /** How long a call may take for a program that prints a few words and ends: generous, for a busy machine. */
    static final Duration QUICK = Duration.ofSeconds(10);
    /** Why a call for such a program did not return, in words. */
    static final String QUICK_BUT_LATE = "the program prints a few words and ends at once. run returns once the "
            + "program has ended and both of its streams are read to their end (read() returns -1), as the "
            + "lecture's communicate() does: is it waiting for something that never comes?";
    /** Limit for the 2 MiB test below, shorter than its JUnit timeout (10 s) so that it can say why. */
    private static final Duration FLOOD = Duration.ofSeconds(8);

    /** Fresh for every run and handed to the program out of Subprocess's sight (see Child): only really running
     *  the program gives the right answer. */
    private final String token = Long.toHexString(Seed.random().nextInt());
    private final int exitCode = 3 + Seed.random().nextInt(97);

    @Test
    @Points(1)
    @DisplayName("call returns the exit code of the program it ran")
    @Order(1)
    void callReturnsExitCode() throws Exception {
        List<String> command = Child.command("exit", String.valueOf(exitCode));
        int returned = Within.limit(QUICK, "Subprocess.call", () -> Subprocess.call(command), "the program "
                + "ends at once with exit code " + exitCode + ". call starts it with its input and output inherited "
                + "(inheritIO()) and returns waitFor()'s exit code: is it waiting for something that never comes?");

        assertEquals(exitCode, returned, "The program ended with exit code " + exitCode + "; call should return it "
                + "(lecture: subprocess.call returns the exit code). Hint: Process.waitFor().");
    }

    @Test
    @Points(2)
    @DisplayName("run captures what the program printed on stdout")
    @Order(2)
    void capturesStandardOutput() throws Exception {
        List<String> command = Child.command("out", "hello " + token);
        CompletedProcess result = Within.limit(QUICK, "Subprocess.run", () -> Subprocess.run(command),
                QUICK_BUT_LATE);

        assertEquals("hello " + token, result.stdout(), "stdout should hold exactly what the program printed "
                + "(lecture: Popen(..., stdout=PIPE).communicate()). Hint: read Process.getInputStream() to the end.");
    }

    @Test
    @Points(2)
    @DisplayName("run keeps stderr apart from stdout")
    @Order(3)
    void keepsStandardErrorApart() throws Exception {
        List<String> command = Child.command("out", "to stdout " + token, "err", "to stderr " + token);
        CompletedProcess result = Within.limit(QUICK, "Subprocess.run", () -> Subprocess.run(command),
                QUICK_BUT_LATE);

        assertEquals("to stdout " + token, result.stdout(), "stdout should hold only what went to standard output, "
                + "not the error messages (lecture: output, errors = ...communicate()).");
        assertEquals("to stderr " + token, result.stderr(), "stderr should hold what the program printed on "
                + "standard error. Hint: Process.getErrorStream(); do not merge the two streams.");
    }

    @Test
    @Points(1)
    @DisplayName("run returns the exit code")
    @Order(4)
    void returnsExitCode() throws Exception {
        List<String> command = Child.command("err", "something broke", "exit", String.valueOf(exitCode));
        CompletedProcess result = Within.limit(QUICK, "Subprocess.run", () -> Subprocess.run(command),
                QUICK_BUT_LATE);

        assertEquals(exitCode, result.exitCode(), "The program ended with exit code " + exitCode + "; a non-zero code is how "
                + "a process says it failed, so run must report it.");
        assertFalse(result.timedOut(), "Without a time limit, timedOut must be false.");
    }

    @Test
    @Points(1)
    @DisplayName("run decodes the output as UTF-8")
    @Order(5)
    void decodesUtf8() throws Exception {
        String text = "grüße, 世界 🙂 " + token;

        List<String> command = Child.command("out", text);
        CompletedProcess result = Within.limit(QUICK, "Subprocess.run", () -> Subprocess.run(command),
                QUICK_BUT_LATE);

        assertEquals(text, result.stdout(), "A process writes bytes; turn them into text with an explicit "
                + "charset: new String(bytes, StandardCharsets.UTF_8).");
    }

    @Test
    @Points(2)
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("run reads stdout and stderr at the same time, so a chatty program cannot hang it")
    @Order(6)
    void readsBothStreamsWhileTheProcessRuns() throws Exception {
        int oneMebibyte = 1 << 20;

        List<String> command = Child.command("out", token, "err", token, "flood", String.valueOf(oneMebibyte));
        CompletedProcess result = Within.limit(FLOOD, "Subprocess.run", () -> Subprocess.run(command),
                "a deadlock, most likely. The program writes 1 MiB to stdout and 1 MiB to stderr, 8 KiB to each "
                + "in turn, and a pipe holds only about 64 KiB (on Linux). If run reads stdout to its end before "
                + "it reads stderr (or waits for the program to end before it reads), the stderr pipe fills up: "
                + "the program waits for you to read it, and you wait for the program. Read both streams at the "
                + "same time, one of them on a second thread (or redirect one to a file), as the lecture's "
                + "communicate() does.");

        assertEquals(token.length() + oneMebibyte, result.stdout().length(), "All of stdout should be captured.");
        assertEquals(token.length() + oneMebibyte, result.stderr().length(), "All of stderr should be captured.");
        assertTrue(result.stdout().equals(token + "o".repeat(oneMebibyte))
                && result.stderr().equals(token + "e".repeat(oneMebibyte)),
                "stdout and stderr should hold exactly what the program printed on each, in the order it printed.");
    }
}
