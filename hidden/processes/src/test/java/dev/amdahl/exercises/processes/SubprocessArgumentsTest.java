package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hidden: graded after the due date. Lecture: arguments are passed as a list, so no shell splits them. */
@DisplayName("Subprocess.run passes arguments intact")
@ExtendWith(NoProcessLeftBehind.class) // no process outlives the test (see the exercise's tests)
class SubprocessArgumentsTest {

    @Test
    @Points(2)
    @DisplayName("an argument with spaces and quotes arrives as one argument, unchanged")
    void keepsSpacesAndQuotesInsideAnArgument() throws Exception {
        String argument = "two  spaces, 'single' and \"double\" quotes " + Long.toHexString(Seed.random().nextLong());
        // Printed before the argument; handed to the program out of Subprocess's sight (see Child), so only the
        // output of the program that really ran can match.
        String first = Long.toHexString(Seed.random().nextLong());

        CompletedProcess result = Subprocess.run(Child.commandWithArguments(List.of(argument),
                "out", first + " ", "arg", "0"));

        assertEquals(first + " " + argument, result.stdout(), "the program prints a word, then its argument; it "
                + "should get the argument exactly as given: a list of arguments goes to the program without a "
                + "shell, so nothing splits it at spaces or eats quotes");
    }
}
