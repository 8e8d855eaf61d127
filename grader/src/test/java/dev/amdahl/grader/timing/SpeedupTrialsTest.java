package dev.amdahl.grader.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.TimingCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The lane's choreography on two fake sides whose times are recorded numbers: who runs when, on which input,
 * what is checked, and what is decided.
 */
class SpeedupTrialsTest {

    private static final TimingPolicy POLICY = TimingPolicy.defaults(4);
    private static final TimingPlan PLAN = new TimingPlan(1000, 2, 5, 3);

    /** Everything any side did, in order. */
    private final List<String> log = new ArrayList<>();

    /**
     * A side that takes {@code millis} for each call (by side and threads), answers {@code "answer-<seed>"} (or
     * a wrong one), and notes in the log whether the other side was frozen while it ran.
     */
    private class FakeSide implements TimedSide {
        final String name;
        final IntUnaryOperator parallelMillis;
        final int sequentialMillis;
        final boolean wrong;
        FakeSide other;
        boolean paused;
        int runs;

        FakeSide(String name, int sequentialMillis, IntUnaryOperator parallelMillis, boolean wrong) {
            this.name = name;
            this.sequentialMillis = sequentialMillis;
            this.parallelMillis = parallelMillis;
            this.wrong = wrong;
        }

        @Override
        public RunnerEvent.Timed run(String side, int size, long seed, int threads) {
            assertThat(paused).as(name + " runs only when thawed").isFalse();
            log.add(name + " " + side + " " + threads + " seed " + seed + (other.paused ? "" : " WHILE OTHER AWAKE"));
            long millis = side.equals(TimingCommand.SEQUENTIAL) ? sequentialMillis
                    : parallelMillis.applyAsInt(runs);
            runs++;
            return new RunnerEvent.Timed(side, size, seed, threads, millis * 1_000_000L,
                    wrong ? "wrong" : "answer-" + seed);
        }

        @Override
        public boolean check(int size, long seed, String expected, String actual) {
            assertThat(paused).isFalse();
            log.add(name + " check " + seed);
            return expected.equals("answer-" + seed) && expected.equals(actual);
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
        }
    }

    private FakeSide reference = new FakeSide("reference", 176, run -> 94, false);

    private SpeedupTrials.Outcome measure(FakeSide student, int cores) throws Exception {
        reference.other = student;
        student.other = reference;
        AtomicLong seeds = new AtomicLong(100);
        return new SpeedupTrials(reference, student, PLAN, seeds::incrementAndGet).measure(POLICY, cores);
    }

    @Test
    void aGoodVersionEarnsEveryPointAndItsCurveIsShown() throws Exception {
        FakeSide student = new FakeSide("student", 0, run -> 95, false);

        SpeedupTrials.Outcome outcome = measure(student, 2);

        assertThat(outcome.verdict()).isInstanceOfSatisfying(SpeedupVerdict.Scored.class, scored -> {
            assertThat(scored.points()).isEqualTo(4);
            assertThat(scored.measurement().trials()).isEqualTo(5);
            assertThat(scored.measurement().studentSpeedup()).isCloseTo(176.0 / 95, within(1e-9));
        });
        assertThat(outcome.scaling()).extracting(ScalingPoint::threads).containsExactly(1, 2);
        assertThat(outcome.scaling().get(1).speedup()).isCloseTo(176.0 / 95, within(1e-9));
        assertThat(log).noneMatch(line -> line.contains("WHILE OTHER AWAKE"));
    }

    @Test
    void everyTrialRunsAllThreeOnOneFreshInputInARotatingOrderAndChecksTheAnswer() throws Exception {
        FakeSide student = new FakeSide("student", 0, run -> 95, false);

        measure(student, 2);

        assertThat(log.subList(0, 8)).containsExactly(
                "reference sequential 1 seed 101", "reference parallel 2 seed 101", "student parallel 2 seed 101",
                "reference check 101",
                "reference parallel 2 seed 102", "student parallel 2 seed 102", "reference sequential 1 seed 102",
                "reference check 102");
        Set<String> seeds = new HashSet<>();
        // the warm-ups' and the trials' runs; the repeats come after them
        log.stream().filter(line -> line.startsWith("student parallel 2")).limit(2 + 5).forEach(line ->
                assertThat(seeds.add(line.substring(line.indexOf("seed")))).as("a fresh input each time").isTrue());
        assertThat(seeds).hasSize(2 + 5);
    }

    @Test
    void aSequentialVersionInDisguiseEarnsTheLinearShare() throws Exception {
        FakeSide student = new FakeSide("student", 0, run -> 176, false);

        SpeedupTrials.Outcome outcome = measure(student, 2);

        assertThat(outcome.verdict()).isInstanceOfSatisfying(SpeedupVerdict.Scored.class,
                scored -> assertThat(scored.points()).isCloseTo(4 * (94.0 / 176 - 0.3) / 0.5, within(1e-9)));
    }

    @Test
    void aWrongAnswerOnATimedInputEndsTheTimingAsTheStudentsToFix() {
        FakeSide student = new FakeSide("student", 0, run -> 95, true);

        assertThatThrownBy(() -> measure(student, 2)).isInstanceOfSatisfying(TimingException.class, e -> {
            assertThat(e.kind()).isEqualTo(TimingException.Cause.WRONG_ANSWER);
            assertThat(e.getMessage()).contains("wrong answer").contains("seed 101");
        });
    }

    @Test
    void noisyTrialsAreRetriedThenGoToAHuman() throws Exception {
        int[] noisy = {95, 160, 70, 150, 90, 180, 60};
        FakeSide student = new FakeSide("student", 0, run -> noisy[run % noisy.length], false);

        SpeedupTrials.Outcome outcome = measure(student, 2);

        assertThat(outcome.verdict()).isInstanceOfSatisfying(SpeedupVerdict.Inconclusive.class,
                inconclusive -> assertThat(inconclusive.attempts()).isEqualTo(3));
        assertThat(outcome.scaling()).isEmpty();
        assertThat(log.stream().filter(line -> line.startsWith("student parallel")))
                .as("warm-ups, three attempts, the repeats and the runs on one thread")
                .hasSize(2 + 3 * 5 + SpeedupTrials.REPEATS + PLAN.scalingTrials());
    }

    @Test
    void afterTheTrialsSomeOfTheirInputsAreTimedAgainAndFreshOnesOnOneThreadEachAnswerChecked() throws Exception {
        FakeSide student = new FakeSide("student", 0, run -> 95, false);

        measure(student, 2);

        // warm-ups 101-102, trials 103-107; then the first, middle and last trial's input again, each side in a row
        int repeats = log.indexOf("reference check 107") + 1;
        assertThat(log.subList(repeats, repeats + 9)).containsExactly(
                "student parallel 2 seed 103", "student parallel 2 seed 105", "student parallel 2 seed 107",
                "reference parallel 2 seed 103", "reference check 103", "reference parallel 2 seed 105",
                "reference check 105", "reference parallel 2 seed 107", "reference check 107");
        // then fresh inputs on one thread: the reference's two versions, the student's, the checks
        assertThat(log.subList(repeats + 9, repeats + 21)).containsExactly(
                "reference sequential 1 seed 108", "reference parallel 1 seed 108",
                "reference parallel 1 seed 109", "reference sequential 1 seed 109",
                "reference sequential 1 seed 110", "reference parallel 1 seed 110",
                "student parallel 1 seed 108", "student parallel 1 seed 109", "student parallel 1 seed 110",
                "reference check 108", "reference check 109", "reference check 110");
        assertThat(log.stream().filter(line -> line.startsWith("student parallel 1"))).as("the curve's first point"
                + " is the runs on one thread, not timed a second time").hasSize(PLAN.scalingTrials());
    }

    @Test
    void aVersionThatRemembersEarlierCallsFailsThoughItsTrialsLookedFine() throws Exception {
        Set<Long> seen = new HashSet<>();
        FakeSide student = new FakeSide("student", 0, run -> 95, false) {
            @Override
            public RunnerEvent.Timed run(String side, int size, long seed, int threads) {
                RunnerEvent.Timed timed = super.run(side, size, seed, threads);
                long nanos = seen.add(seed) ? timed.nanos() : 3_000_000;
                return new RunnerEvent.Timed(side, size, seed, threads, nanos, timed.fingerprint());
            }
        };

        SpeedupTrials.Outcome outcome = measure(student, 2);

        assertThat(outcome.verdict()).isInstanceOfSatisfying(SpeedupVerdict.Refused.class, refused -> {
            assertThat(refused.doubt()).isEqualTo(SpeedupVerdict.Doubt.REMEMBERS_EARLIER_CALLS);
            assertThat(refused.message()).contains("3 % of the time fresh inputs took");
        });
        assertThat(outcome.scaling()).isEmpty();
    }

    @Test
    void everyInputOfASessionHasASeedOfItsOwnModuloDistinctSeeds() throws Exception {
        FakeSide student = new FakeSide("student", 0, run -> 95, false);
        reference.other = student;
        student.other = reference;
        long[] source = {5, 5 + 1024, 5 - 2048, 6, 6, 7};
        AtomicLong next = new AtomicLong();
        new SpeedupTrials(reference, student, PLAN, () -> {
            long i = next.getAndIncrement();
            return i < source.length ? source[(int) i] : 1000 + i;
        }).measure(POLICY, 2);

        List<Long> seeds = log.stream().filter(line -> line.startsWith("reference check"))
                .map(line -> Long.parseLong(line.substring("reference check ".length()))).distinct().toList();
        assertThat(seeds).startsWith(5L, 6L, 7L);
        assertThat(seeds.stream().map(seed -> Math.floorMod(seed, 1024)).distinct()).hasSameSizeAs(seeds);
    }

    @Test
    void oneCoreTimesNothing() throws Exception {
        FakeSide student = new FakeSide("student", 0, run -> 95, false);

        SpeedupTrials.Outcome outcome = measure(student, 1);

        assertThat(outcome.verdict()).isInstanceOf(SpeedupVerdict.NotApplicable.class);
        assertThat(log).isEmpty();
    }

    @Test
    void theCurveGoesUpToTheCoresInPowersOfTwoPastEight() {
        assertThat(SpeedupTrials.threadCounts(1)).containsExactly(1);
        assertThat(SpeedupTrials.threadCounts(2)).containsExactly(1, 2);
        assertThat(SpeedupTrials.threadCounts(6)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(SpeedupTrials.threadCounts(24)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 16, 24);
    }
}
