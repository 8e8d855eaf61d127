package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Lecture: a process has its own variables and files: where it runs and what environment it sees. */
@DisplayName("Subprocess.run with a working directory and environment")
@ExtendWith(NoProcessLeftBehind.class)
@Order(2)
class SubprocessEnvironmentTest {

    /** Printed first by the program: handed to it out of Subprocess's sight (see Child), fresh for every run. */
    private final String token = Long.toHexString(Seed.random().nextLong());

    @Test
    @Points(2)
    @DisplayName("the program starts in the given working directory")
    @Order(1)
    void startsInTheWorkingDirectory(@TempDir Path directory) throws Exception {
        List<String> command = Child.command("out", token + "\n", "pwd");
        CompletedProcess result = run(command, directory, Map.of());

        assertEquals(token + "\n" + directory.toRealPath(), result.stdout(), "The program prints a word, then the "
                + "folder it runs in: the folder it was given. Hint: ProcessBuilder.directory(...).");
    }

    @Test
    @Points(2)
    @DisplayName("the program sees the extra environment variables")
    @Order(2)
    void seesExtraVariables(@TempDir Path directory) throws Exception {
        String greeting = "hello from the parent " + Long.toHexString(Seed.random().nextLong());
        List<String> command = Child.command("out", token + " ", "env", "AMDAHL_GREETING");
        CompletedProcess result = run(command, directory, Map.of("AMDAHL_GREETING", greeting));

        assertEquals(token + " " + greeting, result.stdout(), "The program should see AMDAHL_GREETING. "
                + "Hint: put it into ProcessBuilder.environment().");
    }

    @Test
    @Points(1)
    @DisplayName("the program still sees the rest of the environment, such as PATH")
    @Order(3)
    void keepsTheExistingEnvironment(@TempDir Path directory) throws Exception {
        String path = System.getenv("PATH");
        assumeTrue(path != null, "this machine has no PATH variable to compare with");

        List<String> command = Child.command("out", token + " ", "env", "PATH");
        CompletedProcess result = run(command, directory, Map.of("AMDAHL_GREETING", "hello"));

        assertEquals(token + " " + path, result.stdout(), "Extra variables are added to the environment, not used "
                + "instead of it: without PATH most programs cannot find the programs they start.");
    }

    /** Subprocess.run(command, directory, environment), with a time limit that says why it may hang. */
    private static CompletedProcess run(List<String> command, Path directory, Map<String, String> environment)
            throws Exception {
        return Within.limit(SubprocessRunTest.QUICK, "Subprocess.run(command, directory, extraEnvironment)",
                () -> Subprocess.run(command, directory, environment), SubprocessRunTest.QUICK_BUT_LATE);
    }
}
