package dev.amdahl.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles an exercise laid out as Maven does ({@code src/main/java}, {@code src/test/java},
 * {@code src/test/resources}): first the code under test, then the tests against it.
 */
public final class ExerciseBuild {

    /** How a build ended: {@link Built} or {@link Failed}. */
    public sealed interface Result permits Built, Failed {
    }

    /** Where the compiled classes and the tests' resources are. */
    public record Built(Path classes, Path testClasses, Path testResources) implements Result {
    }

    /** {@code stage} is {@code main} (the code under test) or {@code tests}. */
    public record Failed(String stage, String diagnostics) implements Result {
    }

    /** Compiles one source tree. */
    public interface Compiler {
        /** Compiles the {@code .java} files under {@code sourceRoot} into {@code outputDirectory}. */
        JavaCompilation.Result compile(Path sourceRoot, List<Path> classpath, Path outputDirectory) throws IOException;

        /** javac in this JVM: for trusted sources only. */
        static Compiler inProcess() {
            return JavaCompilation::compile;
        }
    }

    private ExerciseBuild() {
    }

    /**
     * Both steps.
     *
     * @param exercise      the exercise's folder
     * @param build         where the classes go
     * @param testClasspath JUnit and the grading API, which the tests compile against
     */
    public static Result compile(Path exercise, Path build, List<Path> testClasspath) throws IOException {
        Result main = compileMain(exercise, build, Compiler.inProcess());
        return main instanceof Failed ? main : compileTests(exercise, build, testClasspath, Compiler.inProcess());
    }

    /** The code under test, to {@code build/classes}. */
    public static Result compileMain(Path exercise, Path build, Compiler compiler) throws IOException {
        Path classes = build.resolve("classes");
        JavaCompilation.Result main = compiler.compile(exercise.resolve("src/main/java"), List.of(), classes);
        return main.ok() ? built(exercise, build) : new Failed("main", main.diagnostics());
    }

    /**
     * The code under test as already compiled (trusted classes, compiled elsewhere), copied to {@code build/classes}
     * as {@link #compileMain} would have written them.
     */
    public static Result given(Path classes, Path exercise, Path build) throws IOException {
        Path target = build.resolve("classes");
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.toList()) {
                Path copy = target.resolve(classes.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(file, copy);
                }
            }
        }
        return built(exercise, build);
    }

    /** The tests, against the code under test, to {@code build/test-classes}. */
    public static Result compileTests(Path exercise, Path build, List<Path> testClasspath, Compiler compiler)
            throws IOException {
        List<Path> classpath = new ArrayList<>();
        classpath.add(build.resolve("classes"));
        classpath.addAll(testClasspath);
        JavaCompilation.Result tests = compiler.compile(exercise.resolve("src/test/java"), classpath,
                build.resolve("test-classes"));
        return tests.ok() ? built(exercise, build) : new Failed("tests", tests.diagnostics());
    }

    private static Built built(Path exercise, Path build) {
        return new Built(build.resolve("classes"), build.resolve("test-classes"),
                exercise.resolve("src/test/resources"));
    }
}
