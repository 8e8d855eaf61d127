package dev.amdahl.grader.cli;

import java.util.Locale;

/** Where students' code runs ({@code --sandbox}). */
enum SandboxKind {
    /** A fresh locked-down container per job. */
    DOCKER,
    /** Plain processes as an unprivileged user, on a disposable machine without Docker (Gradescope). */
    LOCAL;

    /** The name written on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
