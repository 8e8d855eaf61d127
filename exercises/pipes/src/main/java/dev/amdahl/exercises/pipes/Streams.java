package dev.amdahl.exercises.pipes;

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
        // TODO: read one stream on another thread (a virtual thread, or a FutureTask) while this thread reads
        //  the other; then combine both into a ProcessOutput (new String(bytes, StandardCharsets.UTF_8)).
        throw new UnsupportedOperationException("TODO: implement Streams.readBoth (see the exercise README)");
    }
}
