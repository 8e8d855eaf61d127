package dev.amdahl.grader.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The instructor's course: a checkout of this repository (or a fork of it), whose {@code exercises/}
 * folder holds one module per exercise. The tests used for grading always come from here, never from a
 * submission; so do the hidden tests, under {@value #HIDDEN}/.
 */
public record Course(Path root, List<Exercise> exercises) {

    /**
     * Where instructor-only tests live: {@code hidden/<exercise>/src/test/java}, outside {@code exercises/} so
     * that no student copy ever contains them.
     */
    public static final String HIDDEN = "hidden";

    /** Where the buggy copies of a program live: {@code planted-bugs/<exercise>/<bug>/}, never shipped. */
    public static final String PLANTED_BUGS = "planted-bugs";

    public Course {
        exercises = List.copyOf(exercises);
    }

    /**
     * Reads the course at {@code root}: every folder of {@code exercises/} with tests in {@code src/test/java},
     * in the order {@code exercises/pom.xml} lists them (the order they are taught; see {@link CourseOrder}).
     */
    public static Course load(Path root) throws CourseException {
        Path exercisesFolder = root.resolve("exercises");
        if (!Files.isDirectory(exercisesFolder)) {
            throw new CourseException("No exercises/ folder in " + root.toAbsolutePath().normalize()
                    + ". Run amdahl from the course repository, or name it with --course.");
        }
        List<Exercise> exercises = new ArrayList<>();
        Comparator<String> taught = CourseOrder.of(exercisesFolder);
        try (Stream<Path> children = Files.list(exercisesFolder)) {
            for (Path child : children.sorted(Comparator.comparing(path -> path.getFileName().toString(), taught))
                    .toList()) {
                if (Files.isDirectory(child.resolve("src/test/java"))) {
                    Path directory = child.toAbsolutePath().normalize();
                    String id = child.getFileName().toString();
                    Path hidden = root.resolve(HIDDEN).resolve(id).resolve("src/test/java");
                    exercises.add(new Exercise(id, directory, ExerciseSettings.load(directory),
                            ExerciseRubric.load(directory), Files.isDirectory(hidden)
                                    ? Optional.of(hidden.toAbsolutePath().normalize()) : Optional.empty(),
                            PlantedBug.loadAll(root.resolve(PLANTED_BUGS).resolve(id))));
                }
            }
        } catch (IOException e) {
            throw new CourseException("Cannot read " + exercisesFolder + ": " + e.getMessage());
        }
        if (exercises.isEmpty()) {
            throw new CourseException("No exercise in " + exercisesFolder.toAbsolutePath().normalize()
                    + ": an exercise is a folder with tests in src/test/java.");
        }
        return new Course(root.toAbsolutePath().normalize(), exercises);
    }

    /** The exercises named, in course order; all of them when {@code ids} is empty. */
    public List<Exercise> select(Collection<String> ids) throws UnknownExerciseException {
        if (ids.isEmpty()) {
            return exercises;
        }
        List<String> known = exercises.stream().map(Exercise::id).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new UnknownExerciseException("There is no exercise '" + id + "'. The course has: "
                        + String.join(", ", known) + ".");
            }
        }
        return exercises.stream().filter(e -> ids.contains(e.id())).toList();
    }
}
