package dev.amdahl.runner;

import dev.amdahl.runner.protocol.EventChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The training run that the sandbox image's build makes once, to fill the runner's class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit}, see the Dockerfile): it does what a grading does, on a small exercise of its
 * own, so that the classes every run needs (javac, JUnit, ArchUnit, JaCoCo, Jackson, the runner's own) are loaded
 * in this JVM and can be archived. Every later runner JVM and forked compiler maps them from the archive instead of
 * loading and verifying them one by one, which is most of a cold JVM's start.
 *
 * <p>Only the image's build runs it; nothing it does is seen by a grading. The archive holds classes of the JDK and of
 * the runner's jar, never of a submission (those load in an {@link ExerciseClassLoader}, from memory).
 */
public final class CdsTraining {

    private static final Map<String, String> PROGRAM = Map.of("train/Counter.java", """
            package train;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import java.util.concurrent.Future;

            public final class Counter {
                private Counter() {
                }

                public static long count(List<Integer> numbers) throws Exception {
                    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                        List<Future<Long>> parts = new ArrayList<>();
                        for (int i = 0; i < 2; i++) {
                            int part = i;
                            parts.add(pool.submit(() -> numbers.stream().skip(part).mapToLong(n -> n).sum()));
                        }
                        long total = 0;
                        for (Future<Long> f : parts) {
                            total += f.get();
                        }
                        return total;
                    }
                }
            }
            """);

    private static final Map<String, String> TESTS = Map.of("train/CounterTest.java", """
            package train;

            import static org.junit.jupiter.api.Assertions.assertEquals;
            import static org.junit.jupiter.api.Assertions.assertThrows;

            import dev.amdahl.grading.Points;
            import java.util.List;
            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            @DisplayName("Counter counts")
            class CounterTest {
                @Test
                @Points(2)
                @DisplayName("a short list")
                void counts() throws Exception {
                    assertEquals(7, Counter.count(List.of(1, 2, 3)), "the sum, from both parts");
                }

                @ParameterizedTest
                @ValueSource(ints = {1, 2})
                @Points(1)
                void fails(int n) {
                    assertThrows(NullPointerException.class, () -> Counter.count(null));
                    assertEquals(n, n + 1, "a failure, so that its message is built too");
                }
            }
            """, "train/CounterStructureTest.java", """
            package train;

            import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

            import com.tngtech.archunit.core.importer.ImportOption;
            import com.tngtech.archunit.junit.AnalyzeClasses;
            import com.tngtech.archunit.junit.ArchTest;
            import com.tngtech.archunit.lang.ArchRule;
            import dev.amdahl.grading.Points;

            @AnalyzeClasses(packagesOf = Counter.class, importOptions = ImportOption.DoNotIncludeTests.class)
            class CounterStructureTest {
                @ArchTest
                @Points(1)
                static final ArchRule noThreadsByHand = noClasses().should().callConstructor(Thread.class)
                        .because("the pool makes the threads");
            }
            """);

    private CdsTraining() {
    }

    /**
     * Runs the training, then ends the JVM, which writes the archive it was started to write: the runner's (no
     * argument), or with {@code compiler} the forked compiler's, which runs on another JDK (see {@link ForkedJavac}).
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("compiler")) {
            trainCompiler();
        } else {
            train();
        }
        System.exit(0); // the archive is written as the JVM exits, after any thread JUnit left behind
    }

    /** What the forked compiler does in a grading: the code under test, then the tests against it. */
    static void trainCompiler() throws Exception {
        Path root = Files.createTempDirectory("amdahl-cds-training-");
        try {
            Path exercise = write(root.resolve("exercise"));
            Path main = exercise.resolve("src/main/java");
            Path tests = exercise.resolve("src/test/java");
            Path mainArguments = ForkedJavac.argumentFile(ForkedJavac.absolute(main, ForkedJavac.javaFiles(main)),
                    List.of(main), root.resolve("build/classes"));
            List<Path> classpath = new java.util.ArrayList<>(List.of(root.resolve("build/classes")));
            classpath.addAll(SandboxRunner.runnerClasspath());
            Path testArguments = ForkedJavac.argumentFile(ForkedJavac.absolute(tests, ForkedJavac.javaFiles(tests)),
                    classpath, root.resolve("build/test-classes"));
            int compiled = TwoStageCompile.compile("@" + mainArguments, "@" + testArguments);
            if (compiled != 0) {
                throw new IllegalStateException("the training exercise did not compile: exit code " + compiled);
            }
        } finally {
            delete(root);
        }
    }

    /** Runs the training in a temporary folder, which it removes; fails loudly, so a broken image is not built. */
    static void train() throws Exception {
        Path root = Files.createTempDirectory("amdahl-cds-training-");
        try {
            ByteArrayOutputStream events = new ByteArrayOutputStream();
            EventChannel quiet = EventChannel.open(events);
            // The compiler, in this JVM as in the forked one: its classes are most of what a compile loads.
            Path exercise = write(root.resolve("exercise"));
            compileHere(exercise.resolve("src/main/java"), List.of(exercise.resolve("src/main/java")),
                    root.resolve("warm/classes"));
            // A grading of the exercise's tests: compile, the forbidden-API check, structure rules, JUnit.
            int graded = SandboxRunner.run(new SandboxRunner.Options(exercise, root.resolve("build"), Set.of(),
                    Duration.ofMinutes(2), null), quiet);
            // A submitted suite with coverage, as in the testing exercise.
            Path suite = write(root.resolve("suite"));
            // a student's suite: no structure rules and no points, which are the instructor's
            Files.delete(suite.resolve("src/test/java/train/CounterStructureTest.java"));
            Path suiteTest = suite.resolve("src/test/java/train/CounterTest.java");
            Files.writeString(suiteTest, Files.readString(suiteTest).replaceAll("(?m)^.*Points.*\n", ""));
            int suiteRun = SandboxRunner.run(new SandboxRunner.Options(suite, root.resolve("suite-build"), Set.of(),
                    Duration.ofMinutes(2), null, true, true, null, null), quiet);
            if (graded != SandboxRunner.EXIT_TESTS_RAN || suiteRun != SandboxRunner.EXIT_TESTS_RAN) {
                throw new IllegalStateException("the training run did not get to its tests: exit codes " + graded
                        + " and " + suiteRun + "; its events:\n" + events.toString(StandardCharsets.UTF_8));
            }
        } finally {
            delete(root);
        }
    }

    private static Path write(Path exercise) throws IOException {
        for (Map.Entry<String, String> source : PROGRAM.entrySet()) {
            write(exercise.resolve("src/main/java").resolve(source.getKey()), source.getValue());
        }
        for (Map.Entry<String, String> source : TESTS.entrySet()) {
            write(exercise.resolve("src/test/java").resolve(source.getKey()), source.getValue());
        }
        return exercise;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void compileHere(Path sources, List<Path> classpath, Path output) throws IOException {
        Files.createDirectories(output);
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", output.toString(), "-encoding", "UTF-8",
                "--release", "21", "-proc:none", "-implicit:none", "-nowarn", "-XDsuppressNotes", "-classpath",
                classpath.get(0).toString()));
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        }
        if (ToolProvider.getSystemJavaCompiler().run(null, OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(), arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the training program did not compile");
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
