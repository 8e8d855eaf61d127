package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.cli.ExitCodes;
import dev.amdahl.grader.cli.Main;
import dev.amdahl.grader.docker.RequiresDocker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timing lane end to end in Docker: the threadpools samples are graded with {@code --timing}, each timed against
 * the reference solution in containers of their own. The thresholds asserted here are far from the measured values
 * (bench/grade-speedup.sh measures how stable they are), so that a busy machine does not fail the build. Two samples
 * are fast by memory, not by threads, and must earn no speedup points.
 */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradeSpeedupIT {

    private static final Path REPO = Repository.root();
    private static final Path SAMPLES = REPO.resolve("samples/submissions");

    @TempDir
    static Path temp;

    private JsonNode good;
    private JsonNode sequential;
    private JsonNode contention;
    private JsonNode memoising;
    private JsonNode precomputed;
    private JsonNode hog;
    private final StringWriter goodConsole = new StringWriter();

    @BeforeAll
    void gradeTheSamples() throws Exception {
        // On a machine busy enough, the trials may never agree, or the reference itself may show no speedup: an
        // honest INCONCLUSIVE (exit code 1), never points. What is scored must be scored in the right order.
        good = speedupOrUndecided(grade(SAMPLES.resolve("speedup-good"), "good", goodConsole, ExitCodes.OK,
                ExitCodes.INTERNAL_ERROR));
        sequential = speedupOrUndecided(grade(SAMPLES.resolve("speedup-sequential"), "sequential",
                new StringWriter(), ExitCodes.OK, ExitCodes.INTERNAL_ERROR));
        // Its lock hands every number over between the threads: on a busy machine its trials may never agree.
        contention = speedupOrUndecided(grade(SAMPLES.resolve("speedup-contention"), "contention",
                new StringWriter(), ExitCodes.OK, ExitCodes.INTERNAL_ERROR));
        // Leaves 8 threads spinning after its first timed call: the grader cannot freeze it (issue 20).
        hog = grade(SAMPLES.resolve("speedup-hog"), "hog", new StringWriter(), ExitCodes.OK,
                ExitCodes.INTERNAL_ERROR).get("speedups").get(0);
        // FAILED when the repeats show the memory; on a busy machine they may be too noisy to tell: INCONCLUSIVE.
        memoising = refused(grade(SAMPLES.resolve("speedup-memoising"), "memoising", new StringWriter(),
                ExitCodes.OK, ExitCodes.INTERNAL_ERROR));
        // An INCONCLUSIVE case leaves the grade incomplete, and the grader says so with its exit code.
        precomputed = refused(grade(SAMPLES.resolve("speedup-precomputed"), "precomputed", new StringWriter(),
                ExitCodes.INTERNAL_ERROR));
    }

    private static JsonNode grade(Path submission, String name, StringWriter console) throws Exception {
        return grade(submission, name, console, ExitCodes.OK);
    }

    private static JsonNode grade(Path submission, String name, StringWriter console, Integer... expectedExitCodes)
            throws Exception {
        Path json = temp.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("grade", submission.toString(), "--course", REPO.toString(),
                "--json", json.toString(), "-e", "threadpools", "--timing"));
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(console, true), new PrintWriter(err, true), args.toArray(String[]::new));
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(exitCode).as("exit code of %s; stderr: %s; stdout: %s", name, err, console)
                .isIn((Object[]) expectedExitCodes);
        return result.get("exercises").get(0);
    }

    private static JsonNode speedup(JsonNode exercise) {
        assertThat(exercise.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(exercise.get("maxScore").asDouble()).as("29 for the tests, structure and style, 4 for speedup")
                .isEqualTo(33);
        assertThat(exercise.get("speedups")).hasSize(1);
        JsonNode speedup = exercise.get("speedups").get(0);
        assertThat(speedup.get("status").asText()).as(speedup.toString()).isEqualTo("SCORED");
        return speedup;
    }

    /**
     * A scored speedup case, or one the machine could not decide (never a point then): trials too noisy, or a
     * reference that showed no speedup itself.
     */
    private static JsonNode speedupOrUndecided(JsonNode exercise) {
        JsonNode speedup = exercise.get("speedups").get(0);
        if (speedup.get("status").asText().equals("INCONCLUSIVE")) {
            assertThat(speedup.get("score").asDouble()).isZero();
            assertThat(speedup.get("message").asText()).as(speedup.toString())
                    .containsAnyOf("too noisy to decide", "even the reference solution ran only");
            return speedup;
        }
        return speedup(exercise);
    }

    private static boolean undecided(JsonNode speedup) {
        return speedup.get("status").asText().equals("INCONCLUSIVE");
    }

    /** The speedup case of a sample whose every test passes, but whose timing is refused: never a point. */
    private static JsonNode refused(JsonNode exercise) {
        assertThat(exercise.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(exercise.get("maxScore").asDouble()).isEqualTo(33);
        assertThat(exercise.get("speedups")).hasSize(1);
        JsonNode speedup = exercise.get("speedups").get(0);
        assertThat(speedup.get("status").asText()).as(speedup.toString()).isNotIn("SCORED", "NOT_TIMED");
        assertThat(speedup.get("score").asDouble()).as(speedup.toString()).isZero();
        assertThat(speedup.get("measurement").get("trials").asInt()).as("the trials ran").isEqualTo(7);
        return speedup;
    }

    private static double ratio(JsonNode speedup) {
        return speedup.get("measurement").get("ratio").asDouble();
    }

    @Test
    void aGoodParallelVersionEarnsTheSpeedupPointsAndIsToldItsCurve() {
        if (undecided(good)) {
            return; // undecided, for a human: no points, checked when graded
        }
        assertThat(ratio(good)).as(good.toString()).isGreaterThan(0.8);
        assertThat(good.get("score").asDouble()).isEqualTo(4);
        JsonNode measurement = good.get("measurement");
        assertThat(measurement.get("threads").asInt()).isEqualTo(2);
        assertThat(measurement.get("trials").asInt()).isEqualTo(7);
        assertThat(measurement.get("studentSpeedup").asDouble()).isGreaterThan(1.4);
        assertThat(good.get("scaling")).extracting(p -> p.get("threads").asInt()).containsExactly(1, 2);
        assertThat(good.get("message").asText()).contains("still runs on one core").contains("Amdahl's law");
        assertThat(goodConsole.toString()).containsIgnoringCase("speedup");
    }

    @Test
    void aSequentialVersionInDisguiseEarnsOnlyTheLinearShare() {
        if (undecided(sequential)) {
            return; // undecided, for a human: no points, checked when graded
        }
        assertThat(sequential.get("measurement").get("referenceSpeedup").asDouble())
                .as("scored only when the reference showed its speedup").isGreaterThanOrEqualTo(1.5);
        assertThat(ratio(sequential)).as(sequential.toString()).isLessThan(0.75);
        assertThat(sequential.get("measurement").get("studentSpeedup").asDouble()).isLessThan(1.3);
        if (!undecided(good)) {
            assertThat(sequential.get("score").asDouble()).isLessThan(good.get("score").asDouble());
        }
        assertThat(sequential.get("measurement").get("serialFraction").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void threadsThatFightOverALockDoWorseThanTheGoodVersion() {
        if (undecided(contention) || undecided(good)) {
            return; // undecided, for a human: no points, checked when graded
        }
        assertThat(ratio(contention)).as(contention.toString()).isLessThan(ratio(good) * 0.8);
        assertThat(contention.get("score").asDouble()).isLessThan(good.get("score").asDouble());
    }

    @Test
    void aVersionThatRemembersEarlierCallsFailsAndHearsWhy() {
        // Single-threaded, block counts kept in a static map: fresh inputs show it as slow as one thread, and an
        // input timed again gives the memory away.
        // A machine busy enough to slow most repeats may leave the timings unable to tell memory from load: that
        // is an honest INCONCLUSIVE for a human, never points.
        assertThat(memoising.get("status").asText()).as(memoising.toString()).isIn("FAILED", "INCONCLUSIVE");
        if (memoising.get("status").asText().equals("INCONCLUSIVE")) {
            assertThat(memoising.get("needsReview").asBoolean()).isTrue();
            assertThat(memoising.get("message").asText()).as(memoising.toString())
                    .containsAnyOf("inputs it had already seen", "even the reference solution ran only")
                    .contains("this is not a zero");
        } else {
            assertThat(memoising.get("needsReview").asBoolean()).isFalse();
            assertThat(memoising.get("message").asText()).contains("remembers earlier calls")
                    .contains("Amdahl's law").contains("memory, not parallelism").contains("keep nothing");
        }
        assertThat(memoising.get("measurement").get("studentSpeedup").asDouble()).as("fresh inputs: one thread")
                .isLessThan(1.3);
    }

    @Test
    void aVersionThatLeavesThreadsSpinningIsTheStudentsToFixNeverTheGradersFault() {
        // Before issue 20: INTERNAL_ERROR "could not freeze … not your fault", every time.
        assertThat(hog.get("status").asText()).as(hog.toString()).isNotEqualTo("INTERNAL_ERROR");
        assertThat(hog.get("message").asText()).doesNotContain("not your fault");
        if (hog.get("status").asText().equals("FAILED")) {
            assertThat(hog.get("score").asDouble()).isZero();
            assertThat(hog.get("message").asText()).contains("kept the CPUs busy").contains("shut down the pool");
        }
    }

    @Test
    void aSieveOfEveryTimedNumberMadeOnceIsNotScoredButGoesToAHuman() {
        // Single-threaded, a sieve of the whole stretch the timing draws from, made once: microseconds per call.
        assertThat(precomputed.get("status").asText()).as(precomputed.toString()).isEqualTo("INCONCLUSIVE");
        assertThat(precomputed.get("needsReview").asBoolean()).isTrue();
        assertThat(precomputed.get("message").asText()).contains("On one thread your parallel version took")
                .contains("times as fast").contains("Amdahl's law").contains("this is not a zero");
    }

    @Test
    void theSkeletonIsNotTimedAndHearsWhy() throws Exception {
        Path json = temp.resolve("skeleton.json");
        StringWriter console = new StringWriter();
        int exitCode = Main.run(new PrintWriter(console, true), new PrintWriter(new StringWriter(), true),
                "grade", REPO.resolve("exercises").toString(), "--course", REPO.toString(), "--json", json.toString(),
                "-e", "threadpools", "--timing");
        JsonNode exercise = new ObjectMapper().readTree(json.toFile()).get("exercises").get(0);

        assertThat(exitCode).isEqualTo(ExitCodes.OK);
        assertThat(exercise.get("maxScore").asDouble()).isEqualTo(33);
        JsonNode speedup = exercise.get("speedups").get(0);
        assertThat(speedup.get("status").asText()).isEqualTo("NOT_TIMED");
        assertThat(speedup.get("score").asDouble()).isZero();
        assertThat(speedup.get("message").asText()).contains("once every test of this exercise passes");
    }
}
