package dev.amdahl.exercises.pipes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How not to do it, given complete: reads a process's stdout to its end, and only then its stderr. It works
 * for a process that prints little, and hangs for one that prints a lot on both streams:
 * {@code StreamsTest.sequentialReadHangs} shows it. Compare it with your {@link Streams#readBoth}.
 */
final class SequentialRead {

    private SequentialRead() {
    }

    static ProcessOutput readBoth(Process process) throws IOException {
        // While this waits for the end of stdout, nobody empties the stderr pipe. Once that pipe is full
        // (64 KiB on Linux), the process's next write to stderr waits for a reader, so it never writes the rest
        // of stdout, and never closes it: each side waits for the other, forever.
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        return new ProcessOutput(new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }
}
