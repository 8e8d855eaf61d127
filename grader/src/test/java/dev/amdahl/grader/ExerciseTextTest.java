package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Statements in the exercises' READMEs, TODOs and test messages that a review found wrong (issue 24), pinned as
 * corrected: each test fails on the old wording and names what is true instead.
 */
class ExerciseTextTest {

    private static final Path REPO = Repository.root();

    private static String read(String path) throws IOException {
        return Files.readString(REPO.resolve(path)).replaceAll("\\s+", " ");
    }

    @Test
    void theL1CacheHoldsTwoVectorsOfAThousandDoublesNotOfTenThousand() throws IOException {
        String readme = read("exercises/vectorization/README.md");
        assertThat(readme).doesNotContain("10,000 doubles fit in the L1")
                .contains("Two vectors of 1,000 doubles (16 KB) fit in a typical L1 cache (32-48 KB), two of 10,000 "
                        + "(160 KB) only in L2");
    }

    @Test
    void itIsC2ThatVectorizesAndDotsMultiplicationsMay() throws IOException {
        String readme = read("exercises/vectorization/README.md");
        assertThat(readme).doesNotContain("after a loop has run a few thousand times, it is compiled to machine code, "
                + "and where the JIT can, it uses").doesNotContain("`sum` and `dot` do not, even though")
                .contains("C2, which is the one that vectorizes")
                .contains("in `dot` only the multiplications `x[i] * y[i]` may be done several at a time");
    }

    @Test
    void theVectorTimerTimesAxpysNewArrayApartFromItsLoop() throws IOException {
        // axpy allocates its result: for large vectors zeroing it and the page faults of fresh memory took most of
        // axpy's time, so a timer that shows only axpy's total shows no vectorization at all.
        String timer = "/vectorization/src/main/java/dev/amdahl/exercises/vectorization/VectorTimer.java";
        String given = read("exercises" + timer);
        assertThat(read("solutions" + timer)).as("the timer is given: skeleton and reference hold the same")
                .isEqualTo(given);
        assertThat(given).contains("time(NEW_ARRAY, length, () -> newArray(length))")
                .contains("lastArray = new double[length]");
        assertThat(read("exercises/vectorization/README.md")).contains("The line after axpy's, `new double[length] "
                + "alone`, times just that").contains("Take the new array out before you compare axpy's loop");
    }

    @Test
    void everyTimedExerciseStatesItsFullPointsAndTheSpeedupRule() throws IOException {
        for (String exercise : new String[] {"threadpools", "mapreduce", "vectorization"}) {
            String readme = read("exercises/" + exercise + "/README.md");
            assertThat(readme).as(exercise).doesNotContain("worth 29 points").contains("worth 33 points")
                    .contains("and 4 for speedup").contains("**Speedup (4 points):**")
                    .contains("full points when your speedup is at least 80 % of the reference's, none below 30 %");
        }
        assertThat(read("exercises/threadpools/README.md")).doesNotContain("not your grade");
    }

    @Test
    void closingAnExecutorServiceWaitsWherePythonsPoolTerminates() throws IOException {
        assertThat(read("exercises/threadpools/README.md")).doesNotContain("like Python's `with Pool(5) as p:`")
                .contains("it waits for the tasks already given to finish")
                .contains("leaving it terminates the pool, and work still running is stopped, not waited for");
        assertThat(read("exercises/threadpools/src/test/java/dev/amdahl/exercises/threadpools/ParallelMapTest.java"))
                .doesNotContain("as the lecture does with `with Pool(5) as p:`")
                .contains("whose close() waits for the tasks given");
    }

    @Test
    void theProcessesTimeoutsAndTheOrderOfKillingAreRight() throws IOException {
        assertThat(read("exercises/processes/README.md"))
                .contains("fails after 15 seconds (30 for the tests that wait for a timeout on purpose)");
        assertThat(read("exercises/processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java"))
                .doesNotContain("kill its descendants and then the process itself")
                .contains("take the list of its descendants first");
        assertThat(read("exercises/processes/src/test/java/dev/amdahl/exercises/processes/SubprocessTimeoutTest.java"))
                .doesNotContain("before you kill the process itself").contains("list its descendants() first");
    }

    @Test
    void theLecturesOwnMistakesArePointedOutWhereAnExerciseUsesThem() throws IOException {
        assertThat(read("exercises/processes/README.md")).contains("> **The lecture says** "
                + "`subprocess.call(['python3 run_me.py', shell=True])`: that line is not Python at all")
                .contains("without a shell nothing expands `*.py`");
        assertThat(read("exercises/mapreduce/README.md")).contains("> **The lecture says** "
                + "`intermediate_data.append(func(i)` in its `map_parallel`: one parenthesis short");
        assertThat(read("exercises/vectorization/README.md")).contains("> **The lecture says** \"many Numpy "
                + "operations already are parallelized across machines\". They are not");
    }

    @Test
    void aLoneCarriageReturnEndsALineAsTheReferenceReadsIt() throws IOException {
        assertThat(read("exercises/pipes/README.md")).contains("A line ends at `\\n`, `\\r\\n` or a lone `\\r`");
        for (String copy : new String[] {"exercises", "solutions"}) {
            assertThat(read(copy + "/pipes/src/main/java/dev/amdahl/exercises/pipes/Streaming.java")).as(copy)
                    .contains("{@code \\r\\n} or a lone")
                    .contains("{@code \\r}, as {@link java.io.BufferedReader#readLine()}");
        }
    }
}
