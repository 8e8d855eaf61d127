package dev.amdahl.exercises.pipes;

import java.nio.charset.StandardCharsets;

/** Reading what a process printed. */
public final class Streams {

    private Streams() {
    }

    /** Reads the whole of stdout, then the whole of stderr. */
    public static ProcessOutput readBoth(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ProcessOutput(out, err);
    }
}
