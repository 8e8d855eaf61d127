package dev.amdahl.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
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
    void exportClassroom50RefusesANameClassroom50WouldRefuseAndSaysWhatItWants(@TempDir Path temp) {
        assertThat(run("export-classroom50", "--out", temp.resolve("out").toString(), "--classroom", "par",
                "--assignment", "HW 1", "--grader-url", "https://example.org/amdahl.jar")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--assignment must be the assignment's slug");
        assertThat(run("export-classroom50", "--out", temp.resolve("out").toString(), "--classroom", "par",
                "--assignment", "hw1", "--grader-url", "http://example.org/amdahl.jar")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("https://");
        assertThat(temp.resolve("out")).doesNotExist();
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

        assertThat(code).as("a wrong --exercise is a bad command line").isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("There is no exercise 'pipes'. The course has: processes.");
    }

    @Test
    void theLocalSandboxOnAnOrdinaryMachineIsAOneLineUsageError(@TempDir Path temp) {
        // This machine is not a disposable one: AMDAHL_DISPOSABLE_MACHINE=yes is never set where the tests run.
        int code = run("grade", temp.toString(), "--course", Repository.root().toString(), "-e", "latency",
                "--sandbox", "local");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString()).as("no report table: nothing was graded").isEmpty();
        assertThat(err.toString().lines()).hasSize(1).first().asString()
                .startsWith("amdahl: The local sandbox ").contains("--sandbox docker").doesNotContain("INTERNAL");
    }

    @Test
    void aBadOptionValueGivesItsErrorAndAPointerToHelpNotTheWholeUsage(@TempDir Path temp) {
        assertThat(run("grade", temp.toString(), "--timeout", "banana")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString().lines()).containsExactly(
                "amdahl grade: Invalid value for option '--timeout': 'banana' is not a duration: write e.g. 90s, 3m "
                        + "or 1h",
                "Run 'amdahl grade --help' for the options.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownFormatListsEachValidValueOnce(@TempDir Path temp) {
        assertThat(run("grade", temp.toString(), "--format", "pdf")).isEqualTo(ExitCodes.USAGE);

        String error = err.toString();
        assertThat(error).contains("'pdf'");
        for (String format : new String[] {"json", "gradescope", "classroom", "junit", "markdown", "html", "sarif"}) {
            assertThat(error.split("\\b" + format + "\\b", -1)).as(format).hasSize(2);
        }
        assertThat(error.lines()).hasSize(2);
    }

    @Test
    void aMisspeltOptionIsTheOnlyArgumentReportedWithASuggestion(@TempDir Path temp) {
        assertThat(run("grade", "--timout", "3m", temp.toString())).isEqualTo(ExitCodes.USAGE);

        String error = err.toString();
        assertThat(error).contains("Unknown option: '--timout'").contains("Did you mean --timeout, ")
                .doesNotContain("'3m'")
                .doesNotContain("'" + temp + "'").doesNotContain("Usage:");
    }

    @Test
    void aMissingSubmissionAlsoPointsToHelp() {
        assertThat(run("grade")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString().lines()).containsExactly(
                "amdahl grade: Missing required parameter: 'SUBMISSION'",
                "Run 'amdahl grade --help' for the options.");
    }

    @Test
    void everyCommandRefusesTooLittleMemoryInTheSameWords(@TempDir Path temp) {
        String why = "--memory must be at least 256m: the JVM, the compiler and the scratch space need that much.";

        assertThat(run("grade", temp.toString(), "--course", Repository.root().toString(), "-e", "latency",
                "--memory", "100m")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("batch", temp.toString(), "--out", temp.resolve("out").toString(), "--memory", "100m"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("export-gradescope", "--out", temp.resolve("b.zip").toString(), "--memory", "100m"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString().lines()).containsExactly("amdahl: " + why, "amdahl batch: " + why,
                "amdahl: " + why);
    }

    @Test
    void aBadChoiceNamesTheChoicesOnceAndPointsToHelp(@TempDir Path temp) {
        assertThat(run("batch", temp.toString(), "--out", temp.toString(), "--progress", "fancy"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString().lines()).containsExactly(
                "amdahl batch: Invalid value for option '--progress': --progress is one of auto, bar, lines, none, "
                        + "not 'fancy'.",
                "Run 'amdahl batch --help' for the options.");
    }

    @Test
    void aSandboxIsNamedInLowerCaseAsItAlwaysWas(@TempDir Path temp) {
        assertThat(run("grade", temp.resolve("nope").toString(), "--sandbox", "docker"))
                .as("past the options, to the missing folder").isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("grade", temp.resolve("nope").toString(), "--sandbox", "Docker")).isEqualTo(ExitCodes.USAGE);
    }
}
