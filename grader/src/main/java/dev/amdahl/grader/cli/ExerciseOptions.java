package dev.amdahl.grader.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code -e}/{@code --exercise}: which of the course's exercises a command works on. */
final class ExerciseOptions {

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Only this exercise (repeat for more; default: all).")
    private List<String> exercises = new ArrayList<>();

    /** The ids asked for; empty for all. */
    List<String> ids() {
        return List.copyOf(exercises);
    }
}
