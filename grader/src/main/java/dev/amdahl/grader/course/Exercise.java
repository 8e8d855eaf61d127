package dev.amdahl.grader.course;

import java.nio.file.Path;
import java.util.List;
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
 * @param plantedBugs the instructor's buggy copies of the program ({@code planted-bugs/<id>/} in the course), for
 *                    an exercise whose submission is a test suite
 */
public record Exercise(String id, Path directory, ExerciseSettings settings, ExerciseRubric rubric,
        Optional<Path> hiddenTests, List<PlantedBug> plantedBugs) {

    public Exercise {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(rubric, "rubric must not be null");
        Objects.requireNonNull(hiddenTests, "hiddenTests must not be null");
        plantedBugs = List.copyOf(plantedBugs);
    }

    public Exercise(String id, Path directory, ExerciseSettings settings, ExerciseRubric rubric,
            Optional<Path> hiddenTests) {
        this(id, directory, settings, rubric, hiddenTests, List.of());
    }

    public Exercise(String id, Path directory, ExerciseSettings settings) {
        this(id, directory, settings, ExerciseRubric.defaults(), Optional.empty());
    }

    public Exercise(String id, Path directory) {
        this(id, directory, ExerciseSettings.none());
    }

    /**
     * Where a submission holds its part of this exercise, inside the exercise's module: the code
     * ({@code src/main/java}), or for an exercise whose submission is a test suite, the tests
     * ({@code src/test/java}).
     */
    public String submittedFolder() {
        return rubric.gradesStudentTests() ? "src/test/java" : "src/main/java";
    }

    /** The skeleton's code as handed out, {@code src/main/java} of the exercise's folder. */
    public Path skeletonSources() {
        return directory.resolve("src/main/java");
    }

    /** The instructor's tests, {@code src/test/java} of the exercise's folder. */
    public Path testSources() {
        return directory.resolve("src/test/java");
    }

    /** The tests' resources, {@code src/test/resources} of the exercise's folder (it may not exist). */
    public Path testResources() {
        return directory.resolve("src/test/resources");
    }
}
