package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The points table a student reads after {@code mvn test} (issue 24): each row says in words what it checks, and
 * the rows come in the order the exercise's README teaches, so a student can read the table beside the README. The
 * rows are the tests as the grader discovers them, in the exercise's own test order ({@code @Order}, set in its
 * junit-platform.properties), structure rules last.
 */
class PointsTableRowsTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern MEMBER = Pattern.compile("^(?:([A-Z]\\w*)\\.)?([a-z]\\w*)\\b");

    private static ExpectedTests expected;

    @BeforeAll
    static void compile() {
        expected = new ExpectedTests();
    }

    @AfterAll
    static void delete() {
        expected.close();
    }

    private static Stream<Exercise> exercisesWithTests() throws Exception {
        return Course.load(Repository.root()).exercises().stream().filter(e -> !e.rubric().gradesStudentTests());
    }

    @TestFactory
    Stream<DynamicTest> everyRowHasADisplayName() throws Exception {
        return exercisesWithTests().map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
            for (PlannedTest test : expected.of(exercise).tests()) {
                assertThat(test.displayName())
                        .as("the row of %s.%s in %s shows its raw name: give it a @DisplayName (a test method) or "
                                + "a @RuleName (an ArchUnit rule)", test.className(), test.methodName(), exercise.id())
                        .isNotEqualTo(test.methodName()).doesNotStartWith(test.methodName() + "(");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> rowsComeInTheReadmesOrder() throws Exception {
        return exercisesWithTests().map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
            String readme = Files.readString(exercise.directory().resolve("README.md"));
            List<PlannedTest> tests = expected.of(exercise).tests();
            List<PlannedTest> graded = tests.stream().filter(t -> t.points() > 0).toList();
            int lastBehaviour = -1;
            int firstStructure = Integer.MAX_VALUE;
            for (int i = 0; i < graded.size(); i++) {
                if (graded.get(i).kind() == TestKind.STRUCTURE) {
                    firstStructure = Math.min(firstStructure, i);
                } else {
                    lastBehaviour = i;
                }
            }
            assertThat(lastBehaviour).as("%s: the structure rules come after every behaviour test", exercise.id())
                    .isLessThan(firstStructure);
            List<PlannedTest> behaviour = graded.stream().filter(t -> t.kind() == TestKind.BEHAVIOUR).toList();
            followsTheMethodTable(exercise.id(), readme, behaviour);
            List<String> rows = pointsTableRows(readme);
            if (!rows.isEmpty()) {
                List<String> names = behaviour.stream().map(PlannedTest::displayName).toList();
                assertThat(names).as("%s: the README's points table and the tests", exercise.id())
                        .hasSameSizeAs(rows);
                for (int i = 0; i < rows.size(); i++) {
                    String row = rows.get(i);
                    String name = names.get(i);
                    assertThat(row.startsWith(name) || name.startsWith(row))
                            .as("%s: row %d of the README's points table is \"%s\", the table's is \"%s\"",
                                    exercise.id(), i + 1, row, name).isTrue();
                }
            }
        }));
    }

    /**
     * The tests of a class come where the README's "What to implement" table first names the class they test
     * ({@code WordCountTest} tests {@code WordCount}), and a test whose name begins with a method of that table
     * ("countWords counts …") comes no earlier than the tests of the methods listed before it.
     */
    private static void followsTheMethodTable(String exercise, String readme, List<PlannedTest> tests) {
        Map<String, Integer> classRow = new LinkedHashMap<>();
        Map<String, Integer> methodRow = new LinkedHashMap<>();
        List<String> table = methodTable(readme);
        assertThat(table).as("%s: the README's \"What to implement\" table", exercise).isNotEmpty();
        for (int row = 0; row < table.size(); row++) {
            Matcher code = CODE.matcher(table.get(row));
            while (code.find()) {
                Matcher member = MEMBER.matcher(code.group(1));
                if (member.find()) {
                    if (member.group(1) != null) {
                        classRow.putIfAbsent(member.group(1), row);
                    }
                    methodRow.putIfAbsent(member.group(2), row);
                }
            }
        }
        int lastClass = -1;
        int lastMethod = -1;
        String lastTest = "the start";
        for (PlannedTest test : tests) {
            String simpleName = test.className().substring(test.className().lastIndexOf('.') + 1);
            String subject = classRow.keySet().stream().filter(simpleName::startsWith)
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
            String firstWord = test.displayName().split("[^\\w]", 2)[0];
            Integer method = methodRow.get(firstWord);
            String where = exercise + ": \"" + test.displayName() + "\" comes after \"" + lastTest + "\", but the "
                    + "README teaches ";
            if (subject != null) {
                assertThat(classRow.get(subject)).as(where + subject + " before that").isGreaterThanOrEqualTo(
                        lastClass);
                lastClass = classRow.get(subject);
            }
            if (method != null) {
                assertThat(method).as(where + firstWord + " before that").isGreaterThanOrEqualTo(lastMethod);
                lastMethod = method;
            }
            lastTest = test.displayName();
        }
    }

    /** The first column of each row of the README's "What to implement" table. */
    private static List<String> methodTable(String readme) {
        List<String> rows = new ArrayList<>();
        String section = section(readme, "## What to implement");
        for (String line : section.lines().toList()) {
            if (line.startsWith("| ") && !line.startsWith("| method") && !line.startsWith("|---")) {
                rows.add(line.split("\\|")[1]);
            }
        }
        return rows;
    }

    /** The test rows of the README's points table ("| test | points |"), if it has one; not its section rows. */
    private static List<String> pointsTableRows(String readme) {
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.lines().toList()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("| test | points |")) {
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            } else if (inTable && !line.startsWith("|---") && !line.startsWith("| **")) {
                rows.add(line.split("\\|")[1].strip());
            }
        }
        return rows;
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        if (start < 0) {
            return "";
        }
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }
}
