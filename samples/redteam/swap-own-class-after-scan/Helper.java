package dev.amdahl.exercises.processes;

/** Harmless, as scanned. */
final class Helper {

    private Helper() {
    }

    static int go() {
        return 1;
    }
}
