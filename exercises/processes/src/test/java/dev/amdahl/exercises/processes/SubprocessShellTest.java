package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lecture: subprocess with a list of arguments, or with shell=True; and what happens when a program is missing. */
@DisplayName("Arguments, the shell, and programs that do not exist")
@ExtendWith(NoProcessLeftBehind.class)
@Order(3)
class SubprocessShellTest {

    private final String token = Long.toHexString(Seed.random().nextLong());

    @Test
    @Points(2)
    @DisplayName("a program that does not exist is reported as not found, not as an exit code")
    @Order(1)
    void reportsAMissingProgram() {
        String missing = "no-such-program-" + token;

        ProgramNotFoundException thrown = assertThrows(ProgramNotFoundException.class,
                () -> Subprocess.run(List.of(missing, "--help")),
                "The program '" + missing + "' does not exist, so it never ran and has no exit code: run should "
                        + "throw ProgramNotFoundException. Hint: ProcessBuilder.start() throws an IOException then.");
        assertEquals(missing, thrown.program(), "The exception should name the program that could not be started.");
    }

    @Test
    @Points(1)
    @DisplayName("shell runs a whole shell line: variables and ; work")
    @Order(2)
    void runsAShellLine() throws Exception {
        Tools.require("sh");

        String line = "X=" + token + "; printf '%s' \"$X\"; exit 3";
        CompletedProcess result = Within.limit(SubprocessRunTest.QUICK, "Subprocess.shell", () -> Subprocess.shell(
                line), "the shell line prints one word and ends at once. shell runs [\"sh\", \"-c\", commandLine] "
                + "the way run(command) runs a program: is it waiting for something that never comes?");

        assertEquals(token, result.stdout(), "shell(\"X=...; printf '%s' \\\"$X\\\"\") should let sh set and expand "
                + "the variable. Run [\"sh\", \"-c\", commandLine].");
        assertEquals(3, result.exitCode(), "The shell line ends with 'exit 3', so the exit code should be 3.");
    }

    @Test
    @Points(2)
    @DisplayName("text with ; is one argument to run, but a second command to shell")
    @Order(3)
    void aSemicolonIsAnArgumentToRunButACommandToTheShell() throws Exception {
        Tools.require("sh");
        String text = "report; echo INJECTED-" + token;
        String first = Long.toHexString(Seed.random().nextLong()); // handed over out of Subprocess's sight (Child)

        List<String> command = Child.commandWithArguments(List.of(text), "out", first + " ", "arg", "0");
        CompletedProcess asArgument = Within.limit(SubprocessRunTest.QUICK, "Subprocess.run",
                () -> Subprocess.run(command), SubprocessRunTest.QUICK_BUT_LATE);
        CompletedProcess asShellLine = Within.limit(SubprocessRunTest.QUICK, "Subprocess.shell",
                () -> Subprocess.shell("printf '%s\\n' " + text), "the shell line prints two lines and ends at "
                + "once. shell runs [\"sh\", \"-c\", commandLine] the way run(command) runs a program.");

        assertEquals(first + " " + text, asArgument.stdout(), "The program prints a word and then its argument. Given "
                + "as one element of the list, the text must reach the program unchanged: no shell is involved, so "
                + "';' means nothing.");
        assertTrue(asShellLine.stdout().lines().anyMatch(("INJECTED-" + token)::equals),
                "Inside a shell line, ';' ends one command and starts the next, so 'echo INJECTED-...' ran as a "
                        + "command of its own. This is why a shell line must never be built from input: use a list. "
                        + "shell printed: " + asShellLine.stdout());
    }
}
