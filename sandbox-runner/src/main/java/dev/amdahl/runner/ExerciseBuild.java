package dev.amdahl.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles an exercise laid out as Maven does ({@code src/main/java}, {@code src/test/java},
 * {@code src/test/resources}): first the code under test, then the tests against it.
 */
public final class ExerciseBuild {

    public sealed interface Result permits Built, Failed {
    }

    public record Built(Path classes, Path testClasses, Path testResources) implements Result {
    }

    /** {@code stage} is {@code main} (the code under test) or {@code tests}. */
    public record Failed(String stage, String diagnostics) implements Result {
    }

    private ExerciseBuild() {
    }

    /**
     * @param exercise        the exercise's folder
     * @param build           where the classes go
     * @param testClasspath   JUnit and the grading API, which the tests compile against
     */
    public static Result compile(Path exercise, Path build, List<Path> testClasspath) throws IOException {
        Path classes = build.resolve("classes");
        Path testClasses = build.resolve("test-classes");
        JavaCompilation.Result main = JavaCompilation.compile(exercise.resolve("src/main/java"), List.of(), classes);
        if (!main.ok()) {
            return new Failed("main", main.diagnostics());
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        classpath.addAll(testClasspath);
        JavaCompilation.Result tests = JavaCompilation.compile(exercise.resolve("src/test/java"), classpath, testClasses);
        if (!tests.ok()) {
            return new Failed("tests", tests.diagnostics());
        }
        return new Built(classes, testClasses, exercise.resolve("src/test/resources"));
    }
}
