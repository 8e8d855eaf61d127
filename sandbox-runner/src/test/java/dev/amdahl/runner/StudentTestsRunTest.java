package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.RunnerEvent.Coverage.ClassCoverage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --student-tests} on the fixture under {@code src/test/resources/student-tests}: a program of three
 * types ({@code shop.Cart}, {@code shop.Discount}, the code-less interface {@code shop.Priced}), a student's
 * tests that never try a price that is not positive, and two variants: {@code off-by-one} (no discount at
 * exactly 10 items, which the tests catch) and {@code equivalent} (the same discount, written otherwise). A
 * variant's fixture folder holds only the files in which it differs from the program; the test stages each as
 * the runner expects it, a whole copy of the program.
 */
class StudentTestsRunTest {

    private static final String ONE_ITEM = "[engine:junit-jupiter]/[class:shop.CartTest]/[method:oneItemCostsItsPrice()]";
    private static final String MANY_ITEMS =
            "[engine:junit-jupiter]/[class:shop.CartTest]/[test-template:manyItemsCostLess(int, int)]";
    private static final String STAGING =
            "[engine:junit-jupiter]/[class:shop.StagingTest]/[method:theProgramAndItsVariantsAreGoneFromDisk()]";

    @TempDir
    Path work;

    @BeforeEach
    void stage() throws Exception {
        Path fixture = Path.of(StudentTestsRunTest.class.getResource("/student-tests").toURI());
        copy(fixture.resolve("program"), work.resolve("exercise/src/main/java"));
        copy(fixture.resolve("tests"), work.resolve("exercise/src/test/java"));
        // The fixture's StagingTest looks here for what must be gone.
        System.setProperty("amdahl.test.staged", work.toString());
    }

    /** Stages the variants too: only a run with {@code --variants} knows to delete them. */
    private Path variants() throws Exception {
        Path program = Path.of(StudentTestsRunTest.class.getResource("/student-tests/program").toURI());
        Path fixture = Path.of(StudentTestsRunTest.class.getResource("/student-tests/variants").toURI());
        for (String variant : List.of("equivalent", "off-by-one")) {
            Path sources = work.resolve("variants").resolve(variant).resolve("src/main/java");
            copy(program, sources);
            copy(fixture.resolve(variant).resolve("src/main/java"), sources);
        }
        return work.resolve("variants");
    }

    @AfterEach
    void unstage() {
        System.clearProperty("amdahl.test.staged");
    }

    @Test
    void theCoverageRunReportsEachTestThenExactCoverage() throws Exception {
        List<RunnerEvent> events = run("--coverage");

        assertInstanceOf(RunnerEvent.Compiled.class, events.get(0));
        RunnerEvent.Planned plan = assertInstanceOf(RunnerEvent.Planned.class, events.get(1));
        assertEquals(Map.of(ONE_ITEM, 0.0, MANY_ITEMS, 0.0, STAGING, 0.0),
                plan.tests().stream().collect(Collectors.toMap(PlannedTest::uniqueId, PlannedTest::points)),
                "tests without @Points are planned, at 0 points");
        assertEquals(Map.of(ONE_ITEM, Outcome.PASSED, MANY_ITEMS, Outcome.PASSED, STAGING, Outcome.PASSED),
                outcomes(events), "the program's files were gone before the tests ran: " + events);
        RunnerEvent.Coverage coverage = assertInstanceOf(RunnerEvent.Coverage.class, events.get(events.size() - 2));
        assertInstanceOf(RunnerEvent.Finished.class, events.get(events.size() - 1));
        // Cart: lines 4 (the implicit constructor), 9, 10, 12, 13, 14 (the implicit return), 17; no test adds
        // a price that is not positive, so line 10 never runs and line 9 takes one of its two branches.
        // Discount: lines 10, 11, 13, 14, 16 (its private empty constructor is not counted); the tests take
        // 1, 3 and 10 items, so every branch. Priced has no code.
        assertEquals(List.of(
                new ClassCoverage("shop.Cart", "Cart.java", 6, 7, 1, 2, List.of(10)),
                new ClassCoverage("shop.Discount", "Discount.java", 5, 5, 4, 4, List.of()),
                new ClassCoverage("shop.Priced", "Priced.java", 0, 0, 0, 0, List.of())), coverage.classes());
        assertEquals(List.of(11, 12, 5, 6), List.of(coverage.linesCovered(), coverage.linesTotal(),
                coverage.branchesCovered(), coverage.branchesTotal()));
    }

    @Test
    void variantsTellOnlyEachTestsOutcomeInTheOrderOfTheirIds() throws Exception {
        Path variants = variants();
        Path broken = Files.createDirectories(variants.resolve("broken/src/main/java/shop"));
        Files.writeString(broken.resolve("Cart.java"), "package shop; public final class Cart { int total( }");

        List<RunnerEvent> events = run("--variants", variants.toString());

        assertInstanceOf(RunnerEvent.Compiled.class, events.get(0));
        RunnerEvent.VariantBroken brokenVariant = assertInstanceOf(RunnerEvent.VariantBroken.class, events.get(1));
        assertEquals("broken", brokenVariant.variant());
        assertTrue(brokenVariant.reason().contains("shop/Cart.java:1: error:"), brokenVariant.reason());
        assertEquals(new RunnerEvent.VariantFinished("equivalent",
                Map.of(ONE_ITEM, Outcome.PASSED, MANY_ITEMS, Outcome.PASSED, STAGING, Outcome.PASSED)), events.get(2));
        assertEquals(new RunnerEvent.VariantFinished("off-by-one",
                Map.of(ONE_ITEM, Outcome.PASSED, MANY_ITEMS, Outcome.FAILED, STAGING, Outcome.PASSED)), events.get(3));
        assertInstanceOf(RunnerEvent.Finished.class, events.get(4));
        assertEquals(5, events.size(), "no plan, no verdicts, no messages: " + events);
        assertFalse(Files.exists(work.resolve("variants")));
    }

    @Test
    void bothTogetherRunTheProgramFirstThenTheVariants() throws Exception {
        List<String> kinds = run("--coverage", "--variants", variants().toString()).stream()
                .map(e -> e.getClass().getSimpleName()).toList();

        assertEquals(List.of("Compiled", "Planned", "TestFinished", "TestFinished", "TestFinished", "Coverage",
                "VariantFinished", "VariantFinished", "Finished"), kinds);
    }

    @Test
    void theProgramAndVariantsAsTheGraderCompiledThemRunAsTheirSourcesWouldAndAreGoneToo() throws Exception {
        Path variants = variants();
        compileInPlace(work.resolve("exercise"));
        for (String variant : List.of("equivalent", "off-by-one")) {
            compileInPlace(variants.resolve(variant));
        }
        assertFalse(Files.exists(work.resolve("exercise/src/main")), "only classes are staged");

        List<RunnerEvent> events = run("--coverage", "--variants", variants.toString());

        assertEquals(Map.of(ONE_ITEM, Outcome.PASSED, MANY_ITEMS, Outcome.PASSED, STAGING, Outcome.PASSED),
                outcomes(events), "the program's classes were gone before the tests ran: " + events);
        RunnerEvent.Coverage coverage = (RunnerEvent.Coverage) events.stream()
                .filter(RunnerEvent.Coverage.class::isInstance).findFirst().orElseThrow();
        assertEquals(List.of(11, 12, 5, 6), List.of(coverage.linesCovered(), coverage.linesTotal(),
                coverage.branchesCovered(), coverage.branchesTotal()), "the same coverage as from the sources");
        assertTrue(events.contains(new RunnerEvent.VariantFinished("off-by-one",
                Map.of(ONE_ITEM, Outcome.PASSED, MANY_ITEMS, Outcome.FAILED, STAGING, Outcome.PASSED))), events::toString);
        assertFalse(Files.exists(work.resolve("exercise/classes")));
        assertFalse(Files.exists(variants));
    }

    /** As the grader stages a program: its classes in {@code classes}, its sources not at all. */
    private static void compileInPlace(Path program) throws Exception {
        JavaCompilation.Result compiled = JavaCompilation.compile(program.resolve("src/main/java"), List.of(),
                program.resolve(SandboxRunner.PROGRAM_CLASSES));
        assertTrue(compiled.ok(), compiled::diagnostics);
        try (Stream<Path> walk = Files.walk(program.resolve("src/main"))) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "class file    | Object in = getClass().getResource(\"Cart.class\");           "
                + "| tests must judge what the program does, not read its class files",
        "reflection    | Object m = Cart.class.getMethod(\"total\");                    "
                + "| reflection can reach into the tests",
        "launcher      | Object l = org.junit.platform.launcher.core.LauncherFactory.create(); "
                + "| JUnit runs the tests",
        "code source   | Object s = Cart.class.getProtectionDomain().getCodeSource();   "
                + "| tests must judge what the program does, not read its class files",
    })
    void testsThatLookAtCodeOrAtTheRunnerAreRejected(String name, String statement, String why) throws Exception {
        writeTest("LookingTest", "@org.junit.jupiter.api.Test void look() throws Exception { " + statement + " }");

        List<RunnerEvent> events = run("--coverage");

        RunnerEvent.Rejected rejected = assertInstanceOf(RunnerEvent.Rejected.class, events.get(0), events::toString);
        assertTrue(rejected.reasons().stream().anyMatch(r -> r.contains("shop.LookingTest") && r.contains(why)),
                name + ": " + rejected.reasons());
        assertEquals(1, events.size());
        assertTrue(Files.exists(work.resolve("exercise/src/main/java/shop/Cart.java")), "nothing ran, nothing was deleted");
    }

    @Test
    void aTestClassMayNotHideAClassOfTheProgram() throws Exception {
        Files.writeString(work.resolve("exercise/src/test/java/shop/Discount.java"),
                "package shop; class Discount { static int percentFor(int items) { return 20; } }");

        RunnerEvent.Rejected rejected = assertInstanceOf(RunnerEvent.Rejected.class, run("--coverage").get(0));

        assertEquals(List.of("shop.Discount has the name of one of the program's classes: rename it"), rejected.reasons());
    }

    @Test
    void parameterizedTestsTempDirsAndTheirFailuresAreFine() throws Exception {
        writeTest("ToolsTest", """
                @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder;

                @org.junit.jupiter.params.ParameterizedTest
                @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
                void savesTotals(int items) throws Exception {
                    java.nio.file.Path file = folder.resolve("total.txt");
                    java.nio.file.Files.writeString(file, String.valueOf(items * 100));
                    org.junit.jupiter.api.Assertions.assertEquals("" + items * 100, java.nio.file.Files.readString(file));
                }

                @org.junit.jupiter.api.Test
                void expectsTooMuch() {
                    org.junit.jupiter.api.Assertions.assertEquals(1, Discount.percentFor(12), "twelve items");
                }
                """);

        List<RunnerEvent> events = run();

        Map<String, RunnerEvent.TestFinished> results = events.stream()
                .filter(RunnerEvent.TestFinished.class::isInstance).map(RunnerEvent.TestFinished.class::cast)
                .collect(Collectors.toMap(r -> r.uniqueId().replaceAll(".*:(\\w+)\\(.*", "$1"), r -> r));
        assertEquals(Outcome.PASSED, results.get("savesTotals").outcome());
        assertEquals(Outcome.FAILED, results.get("expectsTooMuch").outcome());
        assertEquals("twelve items ==> expected: <1> but was: <20>", results.get("expectsTooMuch").message());
        assertFalse(events.stream().anyMatch(RunnerEvent.Coverage.class::isInstance), "coverage only when asked");
        assertInstanceOf(RunnerEvent.Finished.class, events.get(events.size() - 1));
    }

    @Test
    void theProgramsStackFramesTellNoLinesOrFiles() throws Exception {
        writeTest("TraceTest", """
                @org.junit.jupiter.api.Test
                void looksWhereTheProgramThrows() {
                    StackTraceElement top = org.junit.jupiter.api.Assertions.assertThrows(
                            IllegalArgumentException.class, () -> new Cart().add(0)).getStackTrace()[0];
                    org.junit.jupiter.api.Assertions.assertEquals("shop.Cart.add", top.getClassName() + "." + top.getMethodName());
                    org.junit.jupiter.api.Assertions.assertEquals(-1, top.getLineNumber(), "line");
                    org.junit.jupiter.api.Assertions.assertNull(top.getFileName(), "file");
                }
                """);

        for (String[] options : List.of(new String[0], new String[] {"--coverage"})) {
            // the run before deleted them
            copy(Path.of(StudentTestsRunTest.class.getResource("/student-tests/program").toURI()),
                    work.resolve("exercise/src/main/java"));
            assertEquals(Outcome.PASSED, outcomes(run(options)).get(
                    "[engine:junit-jupiter]/[class:shop.TraceTest]/[method:looksWhereTheProgramThrows()]"),
                    "so a test cannot tell variants apart by where their code sits: " + List.of(options));
        }
    }

    @Test
    void testsThatDoNotCompileAgainstTheProgramSaySo() throws Exception {
        writeTest("WrongTest", "@org.junit.jupiter.api.Test void t() { new Cart().clear(); }");

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, run().get(0));

        assertEquals("tests", failed.stage());
        assertTrue(failed.diagnostics().contains("shop/WrongTest.java:3: error:"), failed.diagnostics());
    }

    private void writeTest(String className, String body) throws Exception {
        Files.writeString(work.resolve("exercise/src/test/java/shop/" + className + ".java"),
                "package shop;\nclass " + className + " {\n" + body + "\n}\n");
    }

    private List<RunnerEvent> run(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(work.resolve("exercise").toString(),
                work.resolve("build").toString(), "--student-tests", "--allow", "files")); // as the testing exercise
        args.addAll(List.of(options));
        return InProcessRunner.events(args.toArray(String[]::new));
    }

    private static Map<String, Outcome> outcomes(List<RunnerEvent> events) {
        return events.stream().filter(RunnerEvent.TestFinished.class::isInstance)
                .map(RunnerEvent.TestFinished.class::cast)
                .collect(Collectors.toMap(RunnerEvent.TestFinished::uniqueId, RunnerEvent.TestFinished::outcome));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
