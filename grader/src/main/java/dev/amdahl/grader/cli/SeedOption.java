package dev.amdahl.grader.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --seed}: the same random inputs for the tests, to repeat a run. */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for the tests' random inputs, the same for every submission of a batch (default: a "
                    + "new one per exercise and submission, recorded in its result): repeats a run with the very same "
                    + "inputs.")
    private Long seed;

    Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }
}
