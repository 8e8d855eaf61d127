package dev.amdahl.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract, without Docker: these paths stop before any sandbox is needed. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpDocumentsGradeAndItsOptions() {
        assertThat(run("grade", "--help")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("--json", "--course", "--timeout", "--memory", "--base-image",
                "--format", "--out", "gradescope", "classroom", "junit", "markdown",
                "exit code says whether grading worked");
    }

    @Test
    void noSubcommandPrintsUsage() {
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Usage: amdahl").contains("grade");
    }

    @Test
    void aWrongOptionIsAUsageError() {
        assertThat(run("grade", "--no-such-option", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void aBadDurationSaysHowToWriteOne(@TempDir Path temp) {
        assertThat(run("grade", temp.toString(), "--timeout", "soon")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("write e.g. 90s, 3m or 1h");
    }

    @Test
    void aMissingSubmissionIsInvalidInput(@TempDir Path temp) {
        assertThat(run("grade", temp.resolve("nope").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("is not a folder");
    }

    @Test
    void aFolderThatIsNoCourseSaysWhatToDo(@TempDir Path temp) throws Exception {
        Path submission = Files.createDirectories(temp.resolve("alice"));

        assertThat(run("grade", submission.toString(), "--course", temp.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("No exercises/ folder").contains("--course");
    }

    @Test
    void aCourseWhoseSkeletonDoesNotCompileIsReportedBeforeAnythingRuns(@TempDir Path temp) throws Exception {
        Path module = temp.resolve("course/exercises/adder");
        Files.createDirectories(module.resolve("src/main/java/demo"));
        Files.createDirectories(module.resolve("src/test/java/demo"));
        Files.writeString(module.resolve("src/main/java/demo/Adder.java"), "package demo; class Adder { int add( }");
        Files.writeString(module.resolve("src/test/java/demo/AdderTest.java"), "package demo; class AdderTest {}");

        int code = run("grade", temp.toString(), "--course", temp.resolve("course").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("The skeleton of exercise adder does not compile")
                .contains("demo/Adder.java:1: error:");
    }

    @Test
    void anUnknownExerciseListsTheKnownOnes(@TempDir Path temp) throws Exception {
        Path course = temp.resolve("course");
        Files.createDirectories(course.resolve("exercises/processes/src/test/java"));

        int code = run("grade", temp.toString(), "--course", course.toString(), "--exercise", "pipes");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("There is no exercise 'pipes'. The course has: processes.");
    }
}
