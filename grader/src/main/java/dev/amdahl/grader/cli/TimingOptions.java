package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Exercise;
import java.nio.file.Files;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** {@code --timing} and {@code --timing-cpus}: speedups timed against the reference solutions. */
final class TimingOptions {

    @Option(names = "--timing",
            description = "Also time the parallel versions of exercises whose rubric names speedup cases, against the "
                    + "reference solution (the course's solutions/<exercise>), once all their tests pass. Both run "
                    + "pinned to the same CPUs, one at a time (in a batch, after all correctness grading); about half "
                    + "a minute per case.")
    private boolean timing;

    @Option(names = "--timing-cpus", paramLabel = "N",
            description = "With --timing: the CPUs to time on, 0 to N-1 (default: all the Docker engine has).")
    private Integer timingCpus;

    boolean timing() {
        return timing;
    }

    /** The CPUs asked for; empty for all the sandbox has. */
    OptionalInt cpus() {
        return timingCpus == null ? OptionalInt.empty() : OptionalInt.of(timingCpus);
    }

    /** Refuses --timing-cpus without --timing, or below 1. */
    void validate() throws CommandFailure {
        if (timingCpus != null && (!timing || timingCpus < 1)) {
            throw new CommandFailure.Usage("--timing-cpus goes with --timing and must be 1 or more.");
        }
    }

    /** With --timing, every exercise with speedup cases needs its reference solution in {@code course}. */
    void requireSolutions(CourseOptions course, List<Exercise> selected) throws CommandFailure {
        if (timing && selected.stream().anyMatch(e -> !e.rubric().speedup().cases().isEmpty()
                && !Files.isDirectory(course.solutions().resolve(e.id())))) {
            throw new CommandFailure.InvalidInput("--timing times students against the reference solutions, and "
                    + course.solutions() + " lacks some: grade from the instructor's course repository.");
        }
    }
}
