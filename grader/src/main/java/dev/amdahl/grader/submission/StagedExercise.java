package dev.amdahl.grader.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One exercise ready for the sandbox: a folder laid out as a Maven module whose {@code src/main/java} is
 * the student's and whose {@code src/test} is the instructor's.
 *
 * @param exerciseId    which exercise
 * @param directory     the staged module
 * @param sourceFolder  where the student's code was found, relative to the submission
 * @param ignored       files of the submission that were left out, and why, for the student to see
 * @param sourcesSha256 SHA-256 of what was staged of the student's (paths and contents), in hex
 */
public record StagedExercise(String exerciseId, Path directory, String sourceFolder, List<String> ignored,
        String sourcesSha256) {

    public StagedExercise {
        Objects.requireNonNull(exerciseId, "exerciseId must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        ignored = List.copyOf(ignored);
    }
}
