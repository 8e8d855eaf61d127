package dev.amdahl.exercises.pipes;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reading a process's standard output and standard error without a deadlock (lecture: a pipe holds only so
 * much; a writer whose pipe is full waits until someone reads).
 */
public final class Streams {

    private Streams() {
    }

    /**
     * Reads everything {@code process} prints on standard output and on standard error, each to its end,
     * and returns both as UTF-8 text, kept apart. It does not wait for the process to exit.
     *
     * <p>Read the two streams at the same time. {@code SequentialRead} in the tests reads stdout to its end
     * and only then stderr: a process that writes a lot to both fills the stderr pipe (64 KiB), waits for
     * someone to empty it, and never finishes its stdout, so both sides wait forever.
     *
     * @param process a started process whose output nobody else reads
     * @return what the process printed
     */
    public static ProcessOutput readBoth(Process process) throws Exception {
        FutureTask<byte[]> stderr = new FutureTask<>(process.getErrorStream()::readAllBytes);
        Thread.ofVirtual().name("stderr-reader").start(stderr);
        byte[] stdout = process.getInputStream().readAllBytes();
        try {
            return new ProcessOutput(new String(stdout, StandardCharsets.UTF_8),
                    new String(stderr.get(), StandardCharsets.UTF_8));
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the process's stderr", e.getCause());
        }
    }
}
