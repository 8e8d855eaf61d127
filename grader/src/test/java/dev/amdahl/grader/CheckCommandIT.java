package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.cli.ExitCodes;
import dev.amdahl.grader.cli.Main;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.io.Folders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amdahl check} on the real course, and on a course with an exercise that is not ready. */
@RequiresDocker
class CheckCommandIT {

    private static final Path REPO = Repository.root();
    private static final String TESTS = "exercises/processes/src/test/java/dev/amdahl/exercises/processes/";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(Path course, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--course";
        args[2] = course.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /**
     * Two exercises end to end: processes (behaviour, structure, style and hidden tests) and testing (a graded
     * test suite). The others are covered where it is cheaper: every exercise's skeleton fails its tests in
     * ExerciseContractTest, and every reference solution earns full marks in the sandbox in GradeSamplesIT.
     */
    @Test
    void theCoursesOwnExercisesAreReadyHiddenTestsIncluded() {
        int exitCode = check(REPO, "--hidden", "--exercise", "processes", "--exercise", "testing");

        assertThat(exitCode).as("stdout: %s\nstderr: %s", out, err).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("ok   processes: the rubric adds up — behaviour 33, structure 2, style 2, extra credit 0, total 37")
                .contains("ok   processes: the untouched skeleton earns nothing — 0 / 37")
                .contains("ok   processes: the solution earns every point — 37 / 37")
                .contains("ok   processes: the solution has no style findings")
                .contains("ok   testing: the untouched skeleton earns nothing — 0 / 26")
                .contains("ok   testing: the solution earns every point — 26 / 26")
                .contains("All checks hold.");
    }

    @Test
    void aTestThatPassesOnTheSkeletonIsCaught() throws Exception {
        Path course = temp.resolve("course");
        for (String part : new String[] {"exercises", "solutions"}) {
            Folders.copy(REPO.resolve(part), course.resolve(part),
                    folder -> !folder.getFileName().toString().equals("target"));
        }
        Files.writeString(course.resolve(TESTS + "FreePointsTest.java"), """
                package dev.amdahl.exercises.processes;
                class FreePointsTest {
                    @org.junit.jupiter.api.Test @dev.amdahl.grading.Points(1) void checksNothing() { }
                }
                """);

        int exitCode = check(course, "--exercise", "processes");

        assertThat(exitCode).as("stdout: %s\nstderr: %s", out, err).isEqualTo(ExitCodes.CHECK_FAILED);
        // the free point unlocks structure (2) and style (2) as well
        assertThat(out.toString()).contains("FAIL processes: the untouched skeleton earns nothing — 5 points for "
                + "doing nothing; these tests pass on the skeleton: [dev.amdahl.exercises.processes.FreePointsTest"
                + ".checksNothing]").contains("Some checks failed");
    }
}
