package dev.amdahl.grader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TemplateExport} on a two-exercise copy of this course, exporting latency (quick to compile): what the template
 * holds, and that a template with a leak is never written. {@code TemplateExportIT} builds and runs a whole one.
 */
class TemplateExportTest {

    private static final String CACHE_EFFECTS = "src/main/java/dev/amdahl/exercises/latency/CacheEffects.java";

    @TempDir
    Path temp;

    private Path course;
    private ExpectedTests expectedTests;

    @BeforeEach
    void copyCourse() throws IOException {
        Path root = Repository.root();
        course = temp.resolve("course");
        for (String path : List.of("grading-api", ".mvn", "exercises/latency", "solutions/latency", "exercises/pipes",
                "solutions/pipes")) {
            Folders.copy(root.resolve(path), course.resolve(path), folder -> !folder.getFileName().toString()
                    .equals("target"));
        }
        for (String file : List.of("pom.xml", "mvnw", "mvnw.cmd", "exercises/pom.xml")) {
            Files.createDirectories(course.resolve(file).getParent());
            Files.copy(root.resolve(file), course.resolve(file));
        }
        // The declarations of the code students are given, for the one exercise copied.
        Files.write(course.resolve("solutions/given-code.txt"), Files.readAllLines(root.resolve(
                "solutions/given-code.txt")).stream().filter(line -> line.isBlank() || line.startsWith("#")
                        || line.startsWith("latency ") || line.startsWith("pipes ")).toList());
        expectedTests = new ExpectedTests(false);
    }

    @AfterEach
    void close() {
        expectedTests.close();
    }

    @Test
    void theTemplateListsTheExercisesInTheOrderTheyAreTaught() throws Exception {
        // An order that is not the names' order, so that only the course's build can have set it.
        Path build = course.resolve("exercises/pom.xml");
        Files.writeString(build, Files.readString(build).replace("<module>latency</module>", "")
                .replace("<module>pipes</module>", "<module>pipes</module><module>latency</module>"));
        Path template = TemplateExport.export(Course.load(course), List.of("latency", "pipes"), expectedTests,
                temp.resolve("template"), false).target();
        String readme = Files.readString(template.resolve("README.md"));
        assertThat(readme).contains("Take them in the lecture's order, the order of\nthe table below and of "
                + "`./mvnw test`: pipes, latency.");
        assertThat(readme.indexOf("| [pipes]")).as("pipes comes before latency").isPositive()
                .isLessThan(readme.indexOf("| [latency]"));
        String modules = Files.readString(template.resolve("exercises/pom.xml"));
        assertThat(modules.indexOf("<module>pipes</module>")).isPositive()
                .isLessThan(modules.indexOf("<module>latency</module>"));
    }

    @Test
    void theTemplateHoldsTheStudentsMaterialThePlanTheWorkflowAndItsHashes() throws Exception {
        TemplateExport.Result result = TemplateExport.export(Course.load(course), List.of("latency"), expectedTests,
                temp.resolve("template"), false);
        Path template = result.target();
        assertThat(template.resolve("exercises/pipes")).as("only the chosen exercise").doesNotExist();
        assertThat(Files.readString(template.resolve("exercises/pom.xml"))).contains("<module>latency</module>")
                .doesNotContain("<module>pipes</module>", "<module>processes</module>");

        assertThat(template.resolve("exercises/latency/" + CACHE_EFFECTS)).hasSameTextualContentAs(
                course.resolve("exercises/latency/" + CACHE_EFFECTS));
        assertThat(template.resolve("solutions")).doesNotExist();
        assertThat(template.resolve("grading-api/pom.xml")).exists();
        assertThat(Files.readString(template.resolve("pom.xml"))).doesNotContain("<module>solutions</module>");

        List<String> plan = Files.readAllLines(template.resolve(TemplateExport.PLAN_PATH));
        assertThat(plan.get(0)).isEqualTo("# amdahl plan v1");
        assertThat(plan).hasSize(result.plannedTests() + 1);
        assertThat(plan.subList(1, plan.size())).allSatisfy(line -> assertThat(line).startsWith("latency\t"));
        assertThat(result.localPoints()).as("latency: 25 for behaviour, 2 for structure").isEqualTo(27);

        String manifest = Files.readString(template.resolve(TemplateManifest.PATH));
        assertThat(manifest).contains("  exercises/latency/src/test/java/dev/amdahl/exercises/latency/")
                .contains("  pom.xml\n", "  grading-api/pom.xml\n", "  " + TemplateExport.PLAN_PATH + "\n",
                        "  " + ClassroomWorkflow.PATH + "\n")
                .doesNotContain("src/main/java/dev/amdahl/exercises/latency", "README.md");
        assertThat(result.manifestSha256()).isEqualTo(Hashes.sha256(manifest.getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(template.resolve(ClassroomWorkflow.PATH)))
                .contains(ClassroomWorkflow.MANIFEST_HASH_KEY + " " + result.manifestSha256())
                .contains("for folder in exercises/latency/src/test; do");

        assertThat(Files.readString(template.resolve("README.md")))
                .contains("| [latency](exercises/latency/README.md) | 27 | 2 for style |")
                .contains("./mvnw test -pl exercises/latency -am")
                .contains("What is graded after the deadline");
        assertThat(template.resolve(".gitignore")).hasContent("target/");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStudentsCopyHoldsThePracticeVariantsOfTestingButNoPlantedBug() throws Exception {
        Path root = Repository.root();
        Path copy = temp.resolve("student");

        StudentCopy.write(root, copy, java.util.Set.of("testing"));

        // Student material: mvn test in the copy runs the student's tests against these (PracticeRun).
        try (Stream<Path> variants = Files.list(copy.resolve("exercises/testing/practice"))) {
            assertThat(variants.filter(Files::isDirectory).map(variant -> variant.resolve("variant.properties")))
                    .hasSizeGreaterThanOrEqualTo(4).allSatisfy(file -> assertThat(file).isRegularFile());
        }
        assertThat(copy.resolve("exercises/testing/src/test/java/dev/amdahl/exercises/testing/"
                + "LogReportStarterTest.java")).isRegularFile();
        assertThat(copy.resolve("planted-bugs")).doesNotExist();
        assertThat(LeakCheck.of(root).scan(copy)).as("leaks in a student's copy of testing").isEmpty();
    }

    @Test
    void aTemplateForClassroom50HasNoWorkflowOfItsOwnAndSaysWhoGrades() throws Exception {
        TemplateExport.Result result = TemplateExport.export(Course.load(course), List.of("latency"), expectedTests,
                temp.resolve("template50"), false, TemplateExport.PushGrading.CLASSROOM50);
        Path template = result.target();

        assertThat(template.resolve(".github")).as("Classroom 50 adds its own workflow; a second would bill twice")
                .doesNotExist();
        assertThat(result.manifestSha256()).isEmpty();
        assertThat(Files.readString(template.resolve("README.md"))).contains("graded on GitHub by Classroom 50")
                .contains("How a submission is graded").doesNotContain("GitHub Classroom shows", "Autograding Tests",
                        "These points are **feedback**");
        assertThat(template.resolve("exercises/latency/src/main/java")).isDirectory();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theStudentsRootPomKeepsWhatTheirBuildNeedsAndNothingOfTheInstructorsOrOfADevelopersMachine()
            throws Exception {
        Path template = TemplateExport.export(Course.load(course), List.of("latency"), expectedTests,
                temp.resolve("template"), false).target();
        String pom = Files.readString(template.resolve("pom.xml"));

        assertThat(pom).as("no developer's JDK").doesNotContain("/usr/lib/jvm", "temurin");
        assertThat(pom).as("instructor-side properties and dependencies").doesNotContain(
                "amdahl.docker.required", "amdahl.redteam", "docker-java", "sqlite", "jgit", "jplag", "pebble",
                "picocli", "checkstyle", "maven-shade-plugin", "amdahl-grader", "amdahl-sandbox-runner", "Instructor-only", "red-team");
        assertThat(pom).as("what the students' build uses").contains(
                "<amdahl.exercises.skipTests>false</amdahl.exercises.skipTests>", "<junit.version>",
                "<archunit.version>", "<jackson.version>", "<artifactId>archunit-junit5</artifactId>",
                "<artifactId>junit-bom</artifactId>", "<artifactId>amdahl-grading-api</artifactId>",
                "<maven.compiler.release>21</maven.compiler.release>", "<amdahl.speedup.skip>", "<speedup/>",
                "JAVA_HOME");
        assertThat(Files.readString(template.resolve("grading-api/pom.xml")))
                .as("no style check of the course's own code: its configuration is not the student's")
                .doesNotContain("checkstyle");
        assertThat(template.resolve("config")).doesNotExist();
        Matcher references = Pattern.compile("\\$\\{([^}]+)}").matcher(pom);
        while (references.find()) {
            String name = references.group(1);
            assertThat(name.startsWith("project.") || name.startsWith("java.") || pom.contains("<" + name + ">")
                    || pom.contains("<" + name + "/>"))
                    .as("${%s} is defined", name).isTrue();
        }
    }

    @Test
    void aSolutionMethodPlantedInTheSkeletonStopsTheExportAndNothingIsWritten() throws Exception {
        Path skeleton = course.resolve("exercises/latency/" + CACHE_EFFECTS);
        String solution = Files.readString(course.resolve("solutions/latency/" + CACHE_EFFECTS));
        String solved = body(solution, "public static double sumArray(");
        String planted = Files.readString(skeleton).replace(body(Files.readString(skeleton),
                "public static double sumArray("), solved);
        assertThat(planted).isNotEqualTo(Files.readString(skeleton));
        Files.writeString(skeleton, planted);

        Path target = temp.resolve("template");
        assertThatThrownBy(() -> TemplateExport.export(Course.load(course), List.of("latency"), expectedTests, target,
                false)).isInstanceOfSatisfying(TemplateLeakException.class, e -> assertThat(e.leaks())
                        .anySatisfy(leak -> {
                            assertThat(leak.exportedFile().toString()).endsWith("CacheEffects.java");
                            assertThat(leak.what()).contains("sumArray").contains("given-code.txt");
                        }));
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderInTheWayIsKeptUnlessReplacingIsAskedFor() throws Exception {
        Path target = Files.createDirectories(temp.resolve("template"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> TemplateExport.export(Course.load(course), List.of("latency"), expectedTests,
                target, false)).isInstanceOf(IOException.class).hasMessageContaining("is not empty").hasMessageContaining("--force");
        assertThat(target.resolve("notes.txt")).hasContent("mine");

        TemplateExport.export(Course.load(course), List.of("latency"), expectedTests, target, true);
        assertThat(target.resolve("notes.txt")).doesNotExist();
        assertThat(target.resolve(ClassroomWorkflow.PATH)).exists();
        assertThat(leftovers()).isEmpty();
    }

    /** The text of the method that starts with {@code signature}, from its first brace to its matching one. */
    private static String body(String source, String signature) {
        int start = source.indexOf('{', source.indexOf(signature));
        int depth = 0;
        for (int i = start; i < source.length(); i++) {
            depth += source.charAt(i) == '{' ? 1 : source.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return source.substring(start, i + 1);
            }
        }
        throw new AssertionError("no body for " + signature);
    }

    /** Staging or replaced folders left beside the target. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> children = Files.list(temp)) {
            return children.filter(path -> path.getFileName().toString().startsWith(".")).toList();
        }
    }
}
