package dev.amdahl.grader.course;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One exercise of the course: a Maven module under {@code exercises/}, with the skeleton in
 * {@code src/main/java} and the instructor's tests in {@code src/test}.
 *
 * @param id        the module's folder name, e.g. {@code processes}
 * @param directory the module's folder
 * @param settings  how it is run ({@value ExerciseSettings#FILE})
 */
public record Exercise(String id, Path directory, ExerciseSettings settings) {

    public Exercise {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
    }

    public Exercise(String id, Path directory) {
        this(id, directory, ExerciseSettings.none());
    }

    public Path skeletonSources() {
        return directory.resolve("src/main/java");
    }

    public Path testSources() {
        return directory.resolve("src/test/java");
    }

    public Path testResources() {
        return directory.resolve("src/test/resources");
    }
}
