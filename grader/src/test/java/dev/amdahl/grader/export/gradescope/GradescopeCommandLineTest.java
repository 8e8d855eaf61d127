package dev.amdahl.grader.export.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.cli.ExitCodes;
import dev.amdahl.grader.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line side of the Gradescope export: its refusals, and grade's --sandbox choice. */
class GradescopeCommandLineTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run amdahl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void anExistingZipIsNotOverwrittenWithoutForce() throws Exception {
        Path zip = Files.writeString(temp.resolve("bundle.zip"), "an earlier bundle");
        Run run = amdahl("export-gradescope", "--out", zip.toString(), "--course", Repository.root().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("exists already; add -f to replace it");
        assertThat(zip).hasContent("an earlier bundle");
    }

    @Test
    void releasingHiddenTestsWithoutShippingThemIsRefused() {
        Run run = amdahl("export-gradescope", "--out", temp.resolve("b.zip").toString(), "--release-hidden");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--release-hidden goes with --hidden");
    }

    @Test
    void theBundleNeedsTheGraderToRunFromItsJar() {
        // Tests run from the build's classes folder, not from amdahl.jar: the command says how to get the jar.
        Run run = amdahl("export-gradescope", "--out", temp.resolve("b.zip").toString(), "--course",
                Repository.root().toString(), "-e", "latency");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).contains("./mvnw package").contains("amdahl.jar");
        assertThat(temp.resolve("b.zip")).doesNotExist();
    }

    @Test
    void gradeTimesSpeedupsOnlyInTheDockerSandbox() {
        Run timing = amdahl("grade", temp.toString(), "--sandbox", "local", "--timing");
        assertThat(timing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(timing.err()).contains("--timing needs the Docker sandbox");

        Run unknown = amdahl("grade", temp.toString(), "--sandbox", "podman");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--sandbox is docker or local, not 'podman'");
    }

    @Test
    void theStageStepPrintsTheFolderToGrade() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("HumanTime.java"), "package dev.amdahl.exercises.latency;\nclass HumanTime {}");
        Path staging = temp.resolve("staging");
        Run run = amdahl("gradescope-stage", submission.toString(), "--course", Repository.root().toString(),
                "--out", staging.toString(), "-e", "latency");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(staging.toAbsolutePath().toString());
        assertThat(staging.resolve("exercises/latency/src/main/java/dev/amdahl/exercises/latency/HumanTime.java"))
                .exists();
        assertThat(amdahl("--help").out()).as("a step of run_autograder, not a command for people")
                .contains("export-gradescope").doesNotContain("gradescope-stage");
    }
}
