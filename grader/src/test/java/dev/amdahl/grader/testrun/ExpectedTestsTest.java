package dev.amdahl.grader.testrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests a submission is graded against: the exercise's own, hidden ones on request, and the rubric. */
class ExpectedTestsTest {

    @TempDir
    Path course;

    private Exercise exercise(String rubric) throws Exception {
        write("exercises/demo/src/main/java/demo/Adder.java",
                "package demo; public class Adder { public static int add(int a, int b) { return 0; } }");
        write("exercises/demo/src/test/java/demo/AdderTest.java", """
                package demo;
                import dev.amdahl.grading.Points;
                import org.junit.jupiter.api.Test;
                class AdderTest {
                    @Test @Points(2) void adds() { }
                    @Test @Points(value = 1, extraCredit = true) void addsFast() { }
                }
                """);
        write("exercises/demo/src/test/java/demo/AdderStructureTest.java", """
                package demo;
                import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
                import com.tngtech.archunit.junit.AnalyzeClasses;
                import com.tngtech.archunit.junit.ArchTest;
                import com.tngtech.archunit.lang.ArchRule;
                import dev.amdahl.grading.Points;
                @AnalyzeClasses(packagesOf = Adder.class)
                class AdderStructureTest {
                    @ArchTest @Points(3) static final ArchRule noThreads = noClasses().should().dependOnClassesThat()
                            .areAssignableTo(Thread.class);
                }
                """);
        write("hidden/demo/src/test/java/demo/AdderEdgeCasesTest.java", """
                package demo;
                import dev.amdahl.grading.Points;
                import org.junit.jupiter.api.Test;
                class AdderEdgeCasesTest {
                    @Test @Points(4) void overflows() { }
                    @Test @Points(value = 1, visibility = dev.amdahl.grading.Visibility.HIDDEN) void secret() { }
                }
                """);
        if (rubric != null) {
            write("exercises/demo/rubric.properties", rubric);
        }
        return Course.load(course).exercises().get(0);
    }

    private void write(String path, String text) throws Exception {
        Path file = course.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Map<String, PlannedTest> byName(List<PlannedTest> tests) {
        return tests.stream().collect(Collectors.toMap(PlannedTest::methodName, t -> t));
    }

    @Test
    void hiddenTestsEnterOnlyWhenAskedAndAreWithheldUntilReleased() throws Exception {
        Exercise exercise = exercise(null);

        try (ExpectedTests own = new ExpectedTests(false); ExpectedTests all = new ExpectedTests(true)) {
            assertThat(byName(own.of(exercise).tests())).containsOnlyKeys("adds", "addsFast", "noThreads");
            Map<String, PlannedTest> tests = byName(all.of(exercise).tests());
            assertThat(tests).containsOnlyKeys("adds", "addsFast", "noThreads", "overflows", "secret");
            assertThat(tests.get("overflows").visibility()).isEqualTo(Visibility.AFTER_RELEASE);
            assertThat(tests.get("secret").visibility()).isEqualTo(Visibility.HIDDEN);
            assertThat(tests.get("adds").visibility()).isEqualTo(Visibility.VISIBLE);
            assertThat(tests.get("addsFast").extraCredit()).isTrue();
            assertThat(tests.get("noThreads").kind()).isEqualTo(TestKind.STRUCTURE);
            assertThat(tests.get("noThreads").points()).isEqualTo(3);
            assertThat(all.of(exercise).rubricSha256()).isNotEqualTo(own.of(exercise).rubricSha256()).hasSize(64);
        }
    }

    @Test
    void hiddenClassesNeverReachTheOwnRunAndTheirRunGetsThemWithTheHelpersTheyNeed() throws Exception {
        Exercise exercise = exercise(null);
        write("exercises/demo/src/test/java/demo/Numbers.java", """
                package demo;
                final class Numbers { static int big() { return Integer.MAX_VALUE; } }
                """);
        write("exercises/demo/src/test/java/demo/AdderFixturesTest.java", """
                package demo;
                import dev.amdahl.grading.Points;
                import org.junit.jupiter.api.Test;
                class AdderFixturesTest {
                    static int one() { return 1; }
                    @Test @Points(1) void fixture() { }
                }
                """);
        write("hidden/demo/src/test/java/demo/AdderLimitsTest.java", """
                package demo;
                import dev.amdahl.grading.Points;
                import dev.amdahl.grading.Visibility;
                import org.junit.jupiter.api.Test;
                class AdderLimitsTest {
                    @Test @Points(2) void nearTheTop() { Adder.add(Numbers.big(), AdderFixturesTest.one()); }
                    @Test @Points(value = 1, visibility = Visibility.AFTER_DUE_DATE) void afterDue() { }
                }
                """);

        try (ExpectedTests all = new ExpectedTests(true)) {
            ExpectedTests.Compiled compiled = all.of(exercise);

            assertThat(classFiles(compiled.testClasses())).as("the own run's test classes")
                    .contains("demo/AdderTest.class", "demo/Numbers.class", "demo/AdderFixturesTest.class")
                    .noneMatch(f -> f.contains("AdderEdgeCasesTest") || f.contains("AdderLimitsTest"));
            ExpectedTests.Hidden hidden = compiled.hidden().orElseThrow();
            assertThat(hidden.classNames()).containsExactlyInAnyOrder("demo.AdderEdgeCasesTest", "demo.AdderLimitsTest");
            assertThat(classFiles(hidden.testClasses())).as("the hidden run's: hidden, helpers, and what they use")
                    .contains("demo/AdderEdgeCasesTest.class", "demo/AdderLimitsTest.class", "demo/Numbers.class",
                            "demo/AdderFixturesTest.class")
                    .doesNotContain("demo/AdderTest.class", "demo/AdderStructureTest.class");
            assertThat(compiled.hiddenTests()).extracting(PlannedTest::methodName)
                    .containsExactlyInAnyOrder("overflows", "secret", "nearTheTop", "afterDue");
            assertThat(compiled.ownTests()).extracting(PlannedTest::methodName)
                    .containsExactlyInAnyOrder("adds", "addsFast", "noThreads", "fixture");
            assertThat(byName(compiled.tests()).get("afterDue").visibility()).as("withheld until the release")
                    .isEqualTo(Visibility.AFTER_RELEASE);
            assertThat(all.rubricProblems(exercise)).isEmpty();
        }
        try (ExpectedTests own = new ExpectedTests(false)) {
            assertThat(own.of(exercise).hidden()).isEmpty();
            assertThat(own.of(exercise).hiddenTests()).isEmpty();
        }
    }

    private static List<String> classFiles(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> folder.relativize(f).toString().replace(java.io.File.separatorChar, '/')).toList();
        }
    }

    @Test
    void aSpeedupCaseTheRubricNamesMustBeATestClassThatImplementsSpeedupCase() throws Exception {
        write("exercises/demo/src/test/java/demo/AdderSpeedup.java", """
                package demo;
                public final class AdderSpeedup implements dev.amdahl.grading.SpeedupCase<Integer, Integer> {
                    public String name() { return "adding"; }
                    public Integer input(int size, long seed) { return size; }
                    public int defaultSize() { return 10; }
                    public Integer sequential(Integer n) { return n; }
                    public Integer parallel(Integer n, int threads) { return n; }
                    public boolean check(Integer n, Integer out) { return n.equals(out); }
                    public String fingerprint(Integer out) { return out.toString(); }
                }
                """);
        try (ExpectedTests tests = new ExpectedTests()) {
            assertThat(tests.rubricProblems(exercise("speedup = AdderSpeedup:2\n"))).isEmpty();
        }
        try (ExpectedTests tests = new ExpectedTests()) {
            assertThat(tests.rubricProblems(exercise("speedup = AdderSpeedupp:2\n")))
                    .anySatisfy(p -> assertThat(p).contains("speedup names AdderSpeedupp, but no test class"));
        }
        try (ExpectedTests tests = new ExpectedTests()) {
            assertThat(tests.rubricProblems(exercise("speedup = AdderTest:2\n")))
                    .anySatisfy(p -> assertThat(p).contains("demo.AdderTest").contains("does not implement"));
        }
    }

    @Test
    void theRubricCanMakeStructureFeedbackOrLeaveItOut() throws Exception {
        try (ExpectedTests tests = new ExpectedTests()) {
            Map<String, PlannedTest> feedback = byName(tests.of(exercise("structure = feedback\n")).tests());
            assertThat(feedback.get("noThreads").points()).isZero();
        }
        try (ExpectedTests tests = new ExpectedTests()) {
            assertThat(byName(tests.of(exercise("structure = off\n")).tests())).doesNotContainKey("noThreads");
        }
    }

    @Test
    void aHiddenTestMayNotTakeTheNameOfAVisibleOne() throws Exception {
        Exercise exercise = exercise(null);
        write("hidden/demo/src/test/java/demo/AdderTest.java", "package demo; class AdderTest { }");

        try (ExpectedTests tests = new ExpectedTests(true)) {
            assertThatThrownBy(() -> tests.of(exercise)).hasMessageContaining("[demo.AdderTest]")
                    .hasMessageContaining("Rename the hidden ones");
        }
    }

    @Test
    void aSubmittedSuiteIsGradedByTheRubricsItemsAndEveryPlantedBugMustCompile() throws Exception {
        write("exercises/logs/src/main/java/logs/Count.java",
                "package logs; public class Count { public static int of(String s) { return s.length(); } }");
        write("exercises/logs/src/test/java/logs/package-info.java", "package logs;");
        write("exercises/logs/rubric.properties", "kind = student-tests\ncoverage.line = 50:1, 90:3\n"
                + "planted-bugs.points-each = 2\n");
        write("planted-bugs/logs/off-by-one/variant.properties", "kind = off-by-one\ndescription = one short\n");
        write("planted-bugs/logs/off-by-one/src/main/java/logs/Count.java",
                "package logs; public class Count { public static int of(String s) { return s.length() - 1; } }");
        Exercise logs = Course.load(course).select(List.of("logs")).getFirst();

        try (ExpectedTests expected = new ExpectedTests()) {
            ExpectedTests.Compiled compiled = expected.of(logs);

            assertThat(compiled.tests()).extracting(PlannedTest::methodName, PlannedTest::points).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("off-by-one", 2.0),
                    org.assertj.core.groups.Tuple.tuple("lines 50 %", 1.0),
                    org.assertj.core.groups.Tuple.tuple("lines 90 %", 2.0));
            assertThat(compiled.rubricSha256()).hasSize(64);
            assertThat(expected.rubricProblems(logs)).isEmpty();
        }

        write("planted-bugs/logs/off-by-one/src/main/java/logs/Count.java", "package logs; class Count {");
        Exercise broken = Course.load(course).select(List.of("logs")).getFirst();
        try (ExpectedTests expected = new ExpectedTests()) {
            assertThatThrownBy(() -> expected.of(broken)).hasMessageContaining("Planted bug off-by-one of exercise logs")
                    .hasMessageContaining("does not compile");
        }

        Files.delete(course.resolve("planted-bugs/logs/off-by-one/src/main/java/logs/Count.java"));
        write("planted-bugs/logs/off-by-one/src/main/java/logs/Cuont.java", "package logs; class Cuont {}");
        Exercise misplaced = Course.load(course).select(List.of("logs")).getFirst();
        try (ExpectedTests expected = new ExpectedTests()) {
            assertThatThrownBy(() -> expected.of(misplaced)).hasMessageContaining("logs/Cuont.java is not a file of"
                    + " the program");
        }
    }
}
