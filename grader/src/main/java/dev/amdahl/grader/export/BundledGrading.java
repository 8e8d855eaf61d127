package dev.amdahl.grader.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How an exported autograder grades, baked into it (Gradescope's {@code run_autograder}, Classroom 50's
 * {@code autograder.py}): the same meanings as {@code amdahl grade}'s options.
 *
 * @param exercises     the exercises to grade (and to ship); empty for all of the course's
 * @param hidden        also run the hidden tests
 * @param releaseHidden show the hidden tests' messages to students
 * @param timeout       wall-clock limit per exercise, if not the exercises' own
 * @param memoryBytes   memory limit per exercise, if not the exercises' own
 */
public record BundledGrading(List<String> exercises, boolean hidden, boolean releaseHidden,
        Optional<Duration> timeout, OptionalLong memoryBytes) {

    public BundledGrading {
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(timeout, "timeout must not be null");
        Objects.requireNonNull(memoryBytes, "memoryBytes must not be null");
        if (releaseHidden && !hidden) {
            throw new IllegalArgumentException("--release-hidden goes with --hidden");
        }
    }

    /** The arguments of {@code amdahl grade} that say all this, in a fixed order. */
    public List<String> gradeArguments() {
        List<String> arguments = new ArrayList<>();
        for (String exercise : exercises) {
            arguments.add("--exercise");
            arguments.add(exercise);
        }
        timeout.ifPresent(limit -> {
            arguments.add("--timeout");
            arguments.add(duration(limit));
        });
        memoryBytes.ifPresent(limit -> {
            arguments.add("--memory");
            arguments.add(limit % (1024L * 1024) == 0 ? limit / (1024L * 1024) + "m"
                    : Math.ceilDiv(limit, 1024L) + "k");
        });
        if (hidden) {
            arguments.add("--hidden");
        }
        if (releaseHidden) {
            arguments.add("--release-hidden");
        }
        return arguments;
    }

    private static String duration(Duration limit) {
        if (limit.toMillis() % 60_000 == 0) {
            return limit.toMinutes() + "m";
        }
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + "s" : limit.toMillis() + "ms";
    }
}
