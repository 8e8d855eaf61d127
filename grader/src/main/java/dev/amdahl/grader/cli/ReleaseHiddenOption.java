package dev.amdahl.grader.cli;

import picocli.CommandLine.Option;

/** {@code --release-hidden}: students may read the hidden tests' messages. */
final class ReleaseHiddenOption {

    @Option(names = "--release-hidden",
            description = "Show the hidden tests' messages to students (in the Markdown, Classroom and console "
                    + "reports; Gradescope shows them as visible at once instead of once you publish grades).")
    private boolean releaseHidden;

    boolean releaseHidden() {
        return releaseHidden;
    }
}
