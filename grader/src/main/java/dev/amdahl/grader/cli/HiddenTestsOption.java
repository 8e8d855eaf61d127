package dev.amdahl.grader.cli;

import dev.amdahl.grader.testrun.ExpectedTests;
import picocli.CommandLine.Option;

/** {@code --hidden}: the course's instructor-only tests are run too. */
final class HiddenTestsOption {

    @Option(names = "--hidden",
            description = "Also run the course's hidden tests (hidden/<exercise>/src/test/java), e.g. after the due "
                    + "date. Their messages stay withheld from students until --release-hidden.")
    private boolean hidden;

    boolean hidden() {
        return hidden;
    }

    /** The expected tests of each exercise, with the hidden ones when they are run; to be closed after use. */
    ExpectedTests expectedTests() {
        return new ExpectedTests(hidden);
    }
}
