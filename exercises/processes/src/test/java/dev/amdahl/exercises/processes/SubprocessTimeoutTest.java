package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lecture: processes run on their own; a parent has to decide how long to wait and clean up after them. */
@DisplayName("Subprocess.run with a timeout")
@ExtendWith(NoProcessLeftBehind.class)
@Order(5)
class SubprocessTimeoutTest {

    /** Generous: the machine running the tests may be busy. The limits under test are much smaller. */
    private static final Duration SLACK = Duration.ofSeconds(6);
    /** The limits stopsAProgramThatRunsTooLong tries: the second only if the program printed nothing in time. */
    private static final List<Duration> TIMEOUTS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

    /** Printed by the program: handed to it out of Subprocess's sight (see Child), fresh for every run. */
    private final String token = Long.toHexString(Seed.random().nextLong());

    @Test
    @Points(1)
    @DisplayName("a program that ends in time is not marked as timed out")
    @Order(1)
    void endsInTime() throws Exception {
        String quick = "quick " + token;
        List<String> command = Child.command("out", quick);
        CompletedProcess result = Within.limit(SubprocessRunTest.QUICK, "Subprocess.run(command, 20 s)",
                () -> Subprocess.run(command, Duration.ofSeconds(20)), "the program prints one word and ends at "
                + "once. A time limit is the most run waits: it returns as soon as the program ends. "
                + "Process.waitFor(long, TimeUnit) returns early when it does; sleeping for the limit does not.");

        assertFalse(result.timedOut(), "The program ended well within its time limit, so timedOut must be false.");
        assertEquals(quick, result.stdout(), "Output should be captured as in run(command).");
        assertEquals(0, result.exitCode(), "The program ended normally with exit code 0.");
    }

    @Test
    @Points(3)
    @org.junit.jupiter.api.Timeout(30) // room for the second, longer try below
    @DisplayName("a program that runs too long is stopped and reported as timed out")
    @Order(2)
    void stopsAProgramThatRunsTooLong() throws Exception {
        // A busy machine may not start the program (a JVM) and let it print within 1 s. Output that never existed
        // is not run's fault, so the test tries once more with a longer limit before it holds run to it.
        for (Duration timeout : TIMEOUTS) {
            List<String> command = Child.command("out", "started " + token, "sleep", "600000");
            CompletedProcess result;
            Duration waited;
            String running;
            try (StartedProcesses program = new StartedProcesses()) {
                long start = System.nanoTime();
                result = Within.limit(timeout.plus(SLACK), "Subprocess.run(command, " + timeout.toSeconds()
                        + " s)", () -> Subprocess.run(command, timeout), "the program sleeps for ten minutes. "
                        + "After the " + timeout.toSeconds() + " s limit, run should stop waiting "
                        + "(Process.waitFor(long, TimeUnit) returns false), kill the program, and return what it "
                        + "printed with timedOut = true. If it waits for the program to end, or reads its output "
                        + "to the end before killing it, it waits the whole ten minutes.");
                waited = Duration.ofNanos(System.nanoTime() - start);
                // Described now: once the clean-up has killed them, the system no longer says what they ran.
                running = StartedProcesses.describe(program.runningAfter(Duration.ofSeconds(3)));
            }

            assertTrue(result.timedOut(), "The program sleeps for ten minutes; after the " + timeout.toSeconds()
                    + " s limit, run should kill it and say so with timedOut = true.");
            assertTrue(waited.compareTo(timeout.plus(SLACK)) < 0, "run waited " + waited.toMillis() + " ms: it should "
                    + "return soon after the " + timeout.toSeconds() + " s limit. Hint: Process.waitFor(long, "
                    + "TimeUnit).");
            assertTrue(running.isEmpty(), "run returned timedOut = true, but the program it started was still "
                    + "running 3 s later: " + running + ". After the time limit, run must kill "
                    + "it (Process.destroyForcibly()), not only stop waiting: a parent cleans up the processes it "
                    + "started.");
            if (!result.stdout().isEmpty() || timeout.equals(TIMEOUTS.get(TIMEOUTS.size() - 1))) {
                assertEquals("started " + token, result.stdout(), "What the program printed before it was killed "
                        + "should be kept.");
                return;
            }
        }
    }

    @Test
    @Points(3)
    @org.junit.jupiter.api.Timeout(30) // room for the second, longer try below
    @DisplayName("a timeout kills the program and every process the program started")
    @Order(3)
    void killsEveryProcessTheProgramStarted() throws Exception {
        String printed = "";
        for (Duration timeout : List.of(Duration.ofSeconds(4), Duration.ofSeconds(8))) {
            List<String> command = Child.command("out", token + " ", "spawn-sleeper", "sleep", "600000");
            CompletedProcess result = Within.limit(timeout.plus(SLACK), "Subprocess.run(command, "
                    + timeout.toSeconds() + " s)", () -> Subprocess.run(command, timeout), "the program starts "
                    + "a process of its own and sleeps for ten minutes. After the " + timeout.toSeconds() + " s "
                    + "limit, run should kill the program and every process in its descendants() (list them "
                    + "first), and return with timedOut = true, not wait for the program to end.");

            assertTrue(result.timedOut(), "The program sleeps for ten minutes, so it should time out.");
            printed = result.stdout().strip();
            if (!printed.isEmpty()) {
                break; // the program ran; if not, a busy machine may not have started it in time: try once more
            }
        }
        String pid = printed.startsWith(token + " ") ? printed.substring(token.length() + 1) : "";
        if (!pid.matches("[0-9]+")) {
            fail("The program prints a word and then the pid of the process it started, but stdout held '" + printed
                    + "', so this test could not check anything. If it is empty, either run loses what a program "
                    + "printed before its timeout (see \"a program that runs too long is stopped\"), or the machine "
                    + "was too busy to start the program within 8 s: then run the test again.");
        }
        Optional<ProcessHandle> grandchild = ProcessHandle.of(Long.parseLong(pid));
        try {
            assertTrue(waitUntilGone(grandchild), "After the timeout, the process that the program started "
                    + "(pid " + pid + ") was still running. Killing a process does not kill its children: "
                    + "list its descendants() first (once it is dead, its children are no longer its descendants), "
                    + "then kill it and each of them.");
        } finally {
            grandchild.ifPresent(ProcessHandle::destroyForcibly); // never leave it behind, whatever happened
        }
    }

    private static boolean waitUntilGone(Optional<ProcessHandle> process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (process.map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    @Points(2)
    @org.junit.jupiter.api.Timeout(30) // an implementation that leaves the job running may wait for its pipes first
    @DisplayName("a timeout kills a shell and the jobs it started: sh -c 'sleep & sleep' leaves no sleep running")
    @Order(4)
    void killsAShellAndItsBackgroundJob() throws Exception {
        Tools.require("sh", "sleep");
        // A duration no other process uses, so the test finds exactly the sleeps it started.
        String seconds = "1000." + (100_000 + Seed.random().nextInt(900_000));

        List<String> command = List.of("sh", "-c", "sleep " + seconds + " & sleep " + seconds);
        // The limit leaves room for a run that kills only the shell and then gives up on its pipes after a while
        // (as the reference does when something still holds them): it returns, and is told what it left running.
        CompletedProcess result = Within.limit(Duration.ofSeconds(20), "Subprocess.run(sh -c 'sleep & sleep', 2 s)",
                () -> Subprocess.run(command, Duration.ofSeconds(2)), "the shell runs two sleeps of 1000 s, and "
                + "the one started with & got the shell's stdout and stderr too. After the 2 s limit, run should "
                + "kill the shell and every process in its descendants() (list them first). If it kills only the "
                + "shell, that sleep is still running and still holds the pipes: reading them to their end waits "
                + "for it, since a pipe ends only when every process that holds it has ended.");

        assertTrue(result.timedOut(), "The shell line sleeps for 1000 s, so it should time out.");
        long deadline = System.nanoTime() + SLACK.toNanos();
        long left = sleepsOf(seconds);
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = sleepsOf(seconds);
        }
        assertEquals(0, left, "After the timeout, " + left + " 'sleep " + seconds + "' process(es) were still "
                + "running. The shell started one of them in the background (&): it is a child of the shell, not "
                + "of your program. Kill process.descendants() too, not only the process.");
    }

    private static long sleepsOf(String seconds) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(seconds)).orElse(false))
                .count();
    }
}
