package dev.amdahl.exercises.processes;

/** Red-team case: a record that claims to equal anything. */
public record CompletedProcess(int exitCode, String stdout, String stderr, boolean timedOut) {

    @Override
    public boolean equals(Object other) {
        return true;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
