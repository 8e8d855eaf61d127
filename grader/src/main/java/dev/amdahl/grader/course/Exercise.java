package dev.amdahl.grader.course;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of the course: a Maven module under {@code exercises/}, with the skeleton in
 * {@code src/main/java} and the instructor's tests in {@code src/test}.
 *
 * @param id          the module's folder name, e.g. {@code processes}
 * @param directory   the module's folder
 * @param settings    how it is run ({@value ExerciseSettings#FILE})
 * @param rubric      what it grades besides the tests' points ({@value ExerciseRubric#FILE})
 * @param hiddenTests the instructor-only tests ({@code hidden/<id>/src/test/java} in the course), if any
 */
public record Exercise(String id, Path directory, ExerciseSettings settings, ExerciseRubric rubric,
        Optional<Path> hiddenTests) {

    public Exercise {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(rubric, "rubric must not be null");
        Objects.requireNonNull(hiddenTests, "hiddenTests must not be null");
    }

    public Exercise(String id, Path directory, ExerciseSettings settings) {
        this(id, directory, settings, ExerciseRubric.defaults(), Optional.empty());
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
