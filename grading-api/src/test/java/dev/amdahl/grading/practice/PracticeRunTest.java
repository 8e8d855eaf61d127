package dev.amdahl.grading.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice run end to end, in this JVM, on a program of its own: a two-method {@code demo.Stats}, two practice
 * bugs (one the tests catch, one they miss) and an equivalent refactoring, and a small JUnit suite compiled here.
 */
class PracticeRunTest {

    private static final String PROGRAM = """
            package demo;

            public final class Stats {
                private Stats() {
                }

                public static int max(int[] values) {
                    int max = values[0];
                    for (int value : values) {
                        max = Math.max(max, value);
                    }
                    return max;
                }

                public static String label(int count) {
                    return count == 1 ? "1 item" : count + " items";
                }
            }
            """;

    private static final String SUITE = """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class StatsTest {
                @Test
                void maxOfSeveral() {
                    assertEquals(9, Stats.max(new int[] {3, 9, 4}));
                }

                @Test
                void labelOfOne() {
                    assertEquals("1 item", Stats.label(1));
                }
            %s}
            """;

    @TempDir
    Path tmp;

    private Path sources;
    private Path classes;
    private Path tests;
    private Path practice;

    @BeforeEach
    void writeAndCompileTheProgram() throws IOException {
        sources = tmp.resolve("src/main/java");
        write(sources.resolve("demo/Stats.java"), PROGRAM);
        classes = tmp.resolve("target/classes");
        compile(sources, classes);
        tests = tmp.resolve("target/test-classes");
        practice = tmp.resolve("practice");
        variant("max-first", "wrong-maximum", false, PROGRAM.replace("max = Math.max(max, value);", "continue;"));
        variant("label-zero", "wrong-plural", false, PROGRAM.replace("count == 1", "count <= 1"));
        variant("max-by-stream", "equivalent-refactoring", true, PROGRAM.replace(
                "        int max = values[0];\n        for (int value : values) {\n"
                        + "            max = Math.max(max, value);\n        }\n        return max;",
                "        return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(values[0]),\n"
                        + "                java.util.Arrays.stream(values)).max().getAsInt();"));
    }

    private void variant(String id, String kind, boolean equivalent, String program) throws IOException {
        assertTrue(!program.equals(PROGRAM), id + " must change the program");
        Path folder = practice.resolve(id);
        write(folder.resolve(PracticeVariant.FILE), "kind = " + kind + "\ndescription = " + kind + " means this\n"
                + "equivalent = " + equivalent + "\n");
        write(folder.resolve("src/main/java/demo/Stats.java"), program);
    }

    private void suite(String extraTests) throws IOException {
        Path testSources = tmp.resolve("src/test/java");
        write(testSources.resolve("demo/StatsTest.java"), SUITE.formatted(extraTests));
        compile(testSources, tests, classes);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void compile(Path sourceRoot, Path output, Path... classpath) throws IOException {
        Files.createDirectories(output);
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-proc:none", "-classpath",
                String.join(File.pathSeparator, System.getProperty("java.class.path"),
                        String.join(File.pathSeparator, List.of(classpath).stream().map(Path::toString).toList()))));
        try (var walk = Files.walk(sourceRoot)) {
            walk.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, errors, errors,
                arguments.toArray(String[]::new)), errors.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String output) {
    }

    private Run run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--sources", sources.toString(), "--program", classes.toString(),
                "--tests", tests.toString(), "--practice", practice.toString(),
                "--coverage", tmp.resolve("target/site/jacoco").toString(), "--skip-if", "${skipTests}"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PracticeRun.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBugATestTellsFromTheProgramIsCaughtAndOneNoTestTellsIsMissed() throws IOException {
        suite("");

        Run run = run();

        assertEquals(0, run.code(), "a missed practice bug is feedback, not a failure:\n" + run.output());
        assertTrue(run.output().contains("your 2 tests against 3 changed copies"), run.output());
        assertTrue(run.output().matches("(?s).*label-zero +wrong-plural +wrong-plural means this +MISSED\n.*"),
                run.output());
        assertTrue(run.output().matches("(?s).*max-first +wrong-maximum +wrong-maximum means this +caught by "
                + "StatsTest\\.maxOfSeveral\n.*"), run.output());
        assertTrue(run.output().matches("(?s).*max-by-stream +equivalent-refactoring .* passes, as it must\n.*"),
                run.output());
        assertTrue(run.output().contains("You caught 1 of 2 practice bugs."), run.output());
        assertTrue(run.output().contains("Coverage: JaCoCo wrote no report"), run.output());
    }

    @Test
    void strictFailsWhenAPracticeBugIsMissedAndPassesWhenEveryOneIsCaught() throws IOException {
        suite("");
        assertEquals(1, run("--strict").code());

        suite("""
                    @Test
                    void labelOfNone() {
                        assertEquals("0 items", Stats.label(0));
                    }
                """);
        Run run = run("--strict");
        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().contains("caught by StatsTest.labelOfNone"), run.output());
    }

    @Test
    void aTestThatChecksHowTheCodeIsWrittenFailsTheEquivalent() throws IOException {
        suite("""
                    @Test
                    void maxIsALoop() throws Exception {
                        // Counts the max method's bytecode by its class file: how it is written, not what it does.
                        var in = Stats.class.getResourceAsStream("Stats.class");
                        assertEquals(true, new String(in.readAllBytes(), "ISO-8859-1").contains("java/lang/Math"));
                    }
                """);

        Run run = run();

        assertTrue(run.output().contains("FAILS: your tests check how the code is written (StatsTest.maxIsALoop)"),
                run.output());
        assertTrue(run.output().contains("loses all its bug points"), run.output());
    }

    @Test
    void aSuiteThatFailsAgainstTheGivenProgramIsToldSoFirstAndFails() throws IOException {
        suite("""
                    @Test
                    void wrong() {
                        assertEquals(1, Stats.max(new int[] {3, 9}));
                    }
                """);

        Run run = run();

        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("FIRST: 1 test of yours fails against the given program, which is correct: "
                + "StatsTest.wrong."), run.output());
        assertTrue(run.output().contains("caught by StatsTest.maxOfSeveral"),
                "a test that fails against the program catches nothing, the others still do:\n" + run.output());
        assertTrue(run.output().matches("(?s).*label-zero .* MISSED\n.*"), "StatsTest.wrong fails against it too, "
                + "but it fails against the program as well, so it tells nothing:\n" + run.output());
        assertEquals(0, run("--test-failure-ignore", "true").code(), "as mvn -Dmaven.test.failure.ignore=true does");
    }

    @Test
    void withoutTestsItSaysHowToStart() {
        Run run = run();

        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().contains("you have no tests yet"), run.output());
    }

    @Test
    void aVariantThatDoesNotCompileIsAFailureOfThePracticeRunNotOfTheTests() throws IOException {
        suite("");
        variant("broken", "k", false, PROGRAM.replace("return max;", "return max"));

        Run run = run();

        assertEquals(2, run.code(), run.output());
        assertTrue(run.output().contains("The practice run itself failed; this is not a problem of your tests"),
                run.output());
        assertTrue(run.output().contains("practice variant broken does not compile"), run.output());
    }

    @Test
    void notRunWhenTheTestsAreSkippedAndRefusesABadCommandLine() {
        Run skipped = run("--skip-if", "true");
        assertEquals(0, skipped.code());
        assertEquals("Practice variants: not run, because the tests were skipped.\n", skipped.output());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, PracticeRun.run(new String[] {"--sources"},
                new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("bad command line"));
    }

    @Test
    void theVariantsClassesShadowTheOnesItsParentHas() throws Exception {
        suite("");
        Path variantClasses = tmp.resolve("variant-classes");
        compile(practice.resolve("max-first/src/main/java"), variantClasses);
        try (URLClassLoader parent = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
                ShadowingClassLoader loader = new ShadowingClassLoader(new URL[] {variantClasses.toUri().toURL(),
                    tests.toUri().toURL()}, parent)) {
            Class<?> stats = loader.loadClass("demo.Stats");
            Class<?> test = loader.loadClass("demo.StatsTest");

            assertSame(loader, stats.getClassLoader());
            assertSame(loader, test.getClassLoader());
            assertSame(String.class, loader.loadClass("java.lang.String"));
            assertEquals(variantClasses.toUri().toURL() + "demo/Stats.class",
                    loader.getResource("demo/Stats.class").toString());
        }
    }
}
