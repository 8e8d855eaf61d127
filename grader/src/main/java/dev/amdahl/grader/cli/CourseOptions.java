package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --course} and {@code -e}: the course repository and the exercises chosen from it. Loading turns an
 * unknown exercise into a usage error and an unusable course into invalid input, the same for every command.
 */
final class CourseOptions {

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository, whose exercises/ hold the tests (default: the current folder).")
    private Path course;

    @Mixin
    private ExerciseOptions exercises;

    Path root() {
        return course;
    }

    /** The course's {@code solutions/}, which --timing times students against. */
    Path solutions() {
        return course.resolve("solutions");
    }

    List<String> exerciseIds() {
        return exercises.ids();
    }

    Course load() throws CommandFailure {
        try {
            return Course.load(course);
        } catch (CourseException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        }
    }

    /** The chosen exercises of {@code course}. */
    static List<Exercise> select(Course course, List<String> ids) throws CommandFailure {
        try {
            return course.select(ids);
        } catch (UnknownExerciseException e) {
            throw new CommandFailure.Usage(e.getMessage());
        }
    }

    /** The chosen exercises. */
    List<Exercise> select() throws CommandFailure {
        return select(load(), exercises.ids());
    }

    /**
     * The chosen exercises, each compiled with its tests and discovered: the course must be sound before any
     * submission runs.
     */
    List<Exercise> selectCompiled(ExpectedTests expectedTests) throws CommandFailure {
        List<Exercise> selected = select();
        try {
            for (Exercise exercise : selected) {
                expectedTests.of(exercise);
            }
        } catch (CourseException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        }
        return selected;
    }
}
