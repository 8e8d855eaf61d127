package dev.amdahl.exercises.processes;

import java.util.Objects;

/**
 * Red-team case: the given record, plus an attack. Every run of the tests makes one of these, so every test that
 * runs a program throws an exception that carries whatever the submission found of tests it was not given.
 */
public record CompletedProcess(int exitCode, String stdout, String stderr, boolean timedOut) {

    public CompletedProcess {
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        Objects.requireNonNull(stderr, "stderr must not be null (use \"\" for no output)");
        String found = HiddenSnoop.found();
        if (!found.isEmpty()) {
            throw new IllegalStateException("found tests I was not given:\n" + found);
        }
    }
}
