package dev.amdahl.exercises.processes;

import java.util.Objects;

/**
 * Red-team case: the given record, plus an attack. Whatever the submission found of tests it was not given goes to
 * standard output and standard error, and then the JVM is killed, so that the run ends early and the grader shows
 * the last lines of output.
 */
public record CompletedProcess(int exitCode, String stdout, String stderr, boolean timedOut) {

    public CompletedProcess {
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        Objects.requireNonNull(stderr, "stderr must not be null (use \"\" for no output)");
        String found = HiddenSnoop.found();
        if (!found.isEmpty()) {
            System.out.println("found tests I was not given:\n" + found);
            System.err.println("found tests I was not given:\n" + found);
            System.out.flush();
            System.err.flush();
            try {
                new ProcessBuilder("sh", "-c", "kill -9 " + ProcessHandle.current().pid()).start().waitFor();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
