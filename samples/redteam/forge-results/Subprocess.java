package dev.amdahl.exercises.processes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Red-team case: honest call() and run(command) (9 points), and forged results for everything else, written to the runner's channel.
 *
 * <p>Starting other programs from Java, as the lecture does with Python's {@code subprocess} module.
 *
 * <p>Every method takes the command as a list: the program first, then its arguments, each one
 * separate (no shell is involved, so spaces inside an argument are safe). Use {@link ProcessBuilder}.
 */
public final class Subprocess {

    /** How long to wait for the output of a killed process to drain before giving it up. */
    private static final Duration DRAIN_AFTER_KILL = Duration.ofSeconds(5);

    private Subprocess() {
    }

    /**
     * Runs {@code command} and waits for it to end, letting it print straight to this program's console
     * (lecture: "running a script from the command line", {@code subprocess.call}).
     *
     * @return the exit code of the process
     */
    public static int call(List<String> command) throws Exception {
        Forgery.forge();
        return new ProcessBuilder(command).inheritIO().start().waitFor();
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
        return communicate(new ProcessBuilder(command), null);
    }

    /**
     * Like {@link #run(List)}, but the process starts in {@code workingDirectory} and sees the variables in
     * {@code extraEnvironment} in addition to this program's own environment.
     */
    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        Forgery.forge();
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Like {@link #run(List)}, but gives up after {@code timeout}: the process, and every process it
     * started, is killed, and the result says {@code timedOut}. Whatever it printed until then is kept.
     */
    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        Forgery.forge();
        throw new UnsupportedOperationException("TODO");
    }

    private static CompletedProcess communicate(ProcessBuilder builder, Duration timeout)
            throws IOException, InterruptedException {
        Process process = builder.start();
        process.getOutputStream().close(); // we send no input: let a reader of stdin see its end at once
        Future<byte[]> stdout = readInBackground(process.getInputStream());
        Future<byte[]> stderr = readInBackground(process.getErrorStream());
        boolean timedOut = false;
        if (timeout == null) {
            process.waitFor();
        } else if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            timedOut = true;
            killTree(process);
        }
        return new CompletedProcess(process.exitValue(), text(stdout), text(stderr), timedOut);
    }

    /** One reader per stream, so that neither pipe fills up while we wait on the other. */
    private static Future<byte[]> readInBackground(InputStream stream) {
        FutureTask<byte[]> reader = new FutureTask<>(stream::readAllBytes);
        Thread.ofVirtual().name("subprocess-reader").start(reader);
        return reader;
    }

    private static void killTree(Process process) throws InterruptedException {
        // Take the list first: once the process is dead its children belong to init, not to it.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
        for (ProcessHandle descendant : descendants) {
            try {
                descendant.onExit().get(DRAIN_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // it could not be waited for; it was killed all the same
            }
        }
    }

    private static String text(Future<byte[]> output) throws InterruptedException {
        try {
            return new String(output.get(DRAIN_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the process's output", e.getCause());
        } catch (TimeoutException e) {
            // Something that escaped the process tree still holds the pipe open: keep nothing rather than hang.
            output.cancel(true);
            return "";
        }
    }

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
