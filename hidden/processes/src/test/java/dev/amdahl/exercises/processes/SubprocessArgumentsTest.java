package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden: graded after the due date. Lecture: arguments are passed as a list, so no shell splits them. */
@DisplayName("Subprocess.run passes arguments intact")
class SubprocessArgumentsTest {

    @Test
    @Points(2)
    @DisplayName("an argument with spaces and quotes arrives as one argument, unchanged")
    void keepsSpacesAndQuotesInsideAnArgument() throws Exception {
        String argument = "two  spaces, 'single' and \"double\" quotes " + Long.toHexString(Seed.random().nextLong());

        CompletedProcess result = Subprocess.run(Child.command("out", argument));

        assertEquals(argument, result.stdout(), "the program should get the argument exactly as given: a list of "
                + "arguments goes to the program without a shell, so nothing splits it at spaces or eats quotes");
    }
}
