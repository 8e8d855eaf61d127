package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    void theProcessesDeadlockFailureNamesTheDeadlock() throws IOException {
        // A run that reads stdout to its end before stderr hangs on the 1 MiB test; JUnit's bare "timed out after
        // 10 seconds" said nothing about why. The test's own, shorter limit says it in words.
        String test = "exercises/processes/src/test/java/dev/amdahl/exercises/processes/";
        assertThat(read(test + "SubprocessRunTest.java")).contains("Within.limit(FLOOD, \"Subprocess.run\"")
                .contains("\"a deadlock, most likely. The program writes 1 MiB to stdout and 1 MiB to stderr")
                .contains("a pipe holds only about 64 KiB (on Linux)")
                .contains("Read both streams at the \" + \"same time, one of them on a second thread");
        assertThat(read(test + "SubprocessTimeoutTest.java"))
                .contains("run returned timedOut = true, but the program it started was still \" + \"running");
        assertThat(read("exercises/processes/README.md")).contains("neither ever does: a deadlock")
                .contains("nothing they start is left running after `./mvnw test`");
    }

    @Test
    void everyProcessesTestClassKillsWhatItsTestsStarted() throws IOException {
        List<Path> classes = new ArrayList<>();
        for (String folder : new String[] {"exercises", "hidden"}) {
            try (Stream<Path> files = Files.walk(REPO.resolve(folder + "/processes/src/test/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(classes::add);
            }
        }
        int withTests = 0;
        for (Path file : classes) {
            String source = Files.readString(file);
            if (source.contains("@Test") || source.contains("@ParameterizedTest")) {
                withTests++;
                assertThat(source).as(file.toString()).contains("@ExtendWith(NoProcessLeftBehind.class)");
            }
        }
        assertThat(withTests).isGreaterThanOrEqualTo(8);
    }

    @Test
    void threadpoolsSaysWhyJavaComputesOnThreadsWherePythonNeedsProcesses() throws IOException {
        // Issue 25: the lecture computes on multiprocessing.Pool (processes, because of CPython's GIL) and waits on
        // multiprocessing.dummy (threads); the Java exercise uses threads for both and must say why that holds.
        assertThat(read("exercises/threadpools/README.md"))
                .contains("> **Why threads here, when the lecture's Python uses processes for computing.**")
                .contains("its global interpreter lock > (GIL) lets threads wait for the network or a disk side by "
                        + "side, but not compute side by side")
                .contains("A JVM has no such lock: the threads of > one program run Java code on every core at once");
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
