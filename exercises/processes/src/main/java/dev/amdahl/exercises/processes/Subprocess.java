package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Starting other programs from Java, as the lecture does with Python's {@code subprocess} module.
 *
 * <p>Every method but {@link #shell} takes the command as a list: the program first, then its arguments,
 * each one separate (no shell is involved, so spaces inside an argument are safe). Use {@link ProcessBuilder}.
 * When the program cannot be started at all, the {@code run} methods throw {@link ProgramNotFoundException}.
 */
public final class Subprocess {

    private Subprocess() {
    }

    /**
     * Runs {@code command} and waits for it to end, letting it print straight to this program's console
     * (lecture: "running a script from the command line", {@code subprocess.call}).
     *
     * @return the exit code of the process
     */
    public static int call(List<String> command) throws Exception {
        // TODO: start the command with its input and output inherited from this program, wait for it,
        //  and return its exit code. Hint: ProcessBuilder.inheritIO().
        throw new UnsupportedOperationException("TODO: implement Subprocess.call (see the exercise README)");
    }

    /**
     * Runs {@code command}, waits for it, and returns its exit code and what it printed on standard
     * output and standard error, kept apart (lecture: "getting the stdout and stderr from a process",
     * {@code Popen(...).communicate()}).
     *
     * <p>Decode the output as UTF-8. Read both streams while the process runs: a process that fills one
     * pipe while you wait on the other one stops and waits for you forever.
     */
    public static CompletedProcess run(List<String> command) throws Exception {
        // TODO: start the process, read stdout and stderr at the same time (one of them on another
        //  thread), wait for the exit code, and return all three in a CompletedProcess. If start()
        //  cannot start the program, throw a ProgramNotFoundException that names it.
        throw new UnsupportedOperationException("TODO: implement Subprocess.run(command) (see the exercise README)");
    }

    /**
     * Runs {@code commandLine} through the shell, {@code sh -c commandLine}, on purpose (the lecture's
     * {@code shell=True}): the shell splits words, expands variables and runs pipes and {@code ;}. Never build
     * a shell line from text you did not write yourself.
     */
    public static CompletedProcess shell(String commandLine) throws Exception {
        // TODO: run the command ["sh", "-c", commandLine] the same way as run(command).
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }

    /**
     * Like {@link #run(List)}, but the process starts in {@code workingDirectory} and sees the variables in
     * {@code extraEnvironment} in addition to this program's own environment.
     */
    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        // TODO: set the builder's directory, add the extra variables to its environment() map (do not
        //  clear it: the process still needs PATH and the rest), then run it as above.
        throw new UnsupportedOperationException("TODO: implement Subprocess.run(command, workingDirectory, "
                + "extraEnvironment) (see the exercise README)");
    }

    /**
     * Like {@link #run(List)}, but gives up after {@code timeout}: the process, and every process it
     * started, is killed, and the result says {@code timedOut}. Whatever it printed until then is kept.
     */
    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        // TODO: wait at most `timeout` (Process.waitFor(long, TimeUnit)). If the process is still running,
        //  take the list of its descendants first (ProcessHandle: once the process is dead, its children are
        //  no longer its descendants), kill the process, then each of them, wait until they are gone, and
        //  return what it printed with timedOut = true.
        throw new UnsupportedOperationException(
                "TODO: implement Subprocess.run(command, timeout) (see the exercise README)");
    }
}
