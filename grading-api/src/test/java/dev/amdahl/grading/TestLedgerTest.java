package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class TestLedgerTest {

    /** Not run by Surefire itself (a nested class); run below through a launcher of our own. */
    static class Fixture {
        @Test
        @Points(2)
        @DisplayName("passes")
        void passes() {
        }

        @Test
        @Points(3)
        void fails() {
            Assertions.fail("expected 3 but was 4");
        }

        @Test
        @Points(1)
        void throwsUnexpectedly() {
            throw new UnsupportedOperationException("TODO: implement run()");
        }

        @Test
        @Points(1)
        @Timeout(value = 200, unit = TimeUnit.MILLISECONDS)
        void hangs() throws InterruptedException {
            Thread.sleep(10_000);
        }

        @ParameterizedTest
        @Points(2)
        @ValueSource(ints = {1, 2, 3})
        void oneCaseFails(int value) {
            Assertions.assertNotEquals(2, value, "two is wrong");
        }

        @ParameterizedTest
        @Points(2)
        @ValueSource(ints = {1, 2, 3})
        void allCasesPass(int value) {
            Assertions.assertTrue(value > 0);
        }

        @Test
        @Points(1)
        @Disabled("not this week")
        void disabled() {
        }

        @Test
        void carriesNoPoints() {
        }
    }

    static class BrokenSetupFixture {
        @BeforeAll
        static void setUp() {
            throw new IllegalStateException("no fixture files");
        }

        @Test
        @Points(4)
        void neverRuns() {
        }
    }

    @Test
    void givesEachMethodOneVerdict() {
        Map<String, GradedResult> results = run(Fixture.class);

        assertEquals(8, results.size(), results.keySet().toString());
        assertEquals(Outcome.PASSED, results.get("passes").outcome());
        assertEquals(2, results.get("passes").pointsEarned());
        assertEquals(Outcome.FAILED, results.get("fails").outcome());
        assertEquals("expected 3 but was 4", results.get("fails").message());
        assertEquals("UnsupportedOperationException: TODO: implement run()",
                results.get("throwsUnexpectedly").message());
        assertEquals(Outcome.TIMED_OUT, results.get("hangs").outcome());
        assertEquals(Outcome.FAILED, results.get("oneCaseFails").outcome());
        assertTrue(results.get("oneCaseFails").message().startsWith("two is wrong"));
        assertEquals(0, results.get("oneCaseFails").pointsEarned());
        assertEquals(Outcome.PASSED, results.get("allCasesPass").outcome());
        assertEquals(Outcome.SKIPPED, results.get("disabled").outcome());
        assertEquals(0, results.get("carriesNoPoints").test().points());
    }

    @Test
    void failsMethodsWhoseClassCouldNotStart() {
        GradedResult result = run(BrokenSetupFixture.class).get("neverRuns");

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("could not run: IllegalStateException: no fixture files", result.message());
    }

    @Test
    void printsTheTableWithTotal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        execute(new PointsTableListener(new PrintStream(buffer, true, StandardCharsets.UTF_8),
                folder.resolve("results.tsv")), Fixture.class);
        String table = buffer.toString(StandardCharsets.UTF_8);

        assertTrue(table.contains("PASSED      2 / 2  passes"), table);
        assertTrue(table.contains("FAILED      0 / 3  fails()"), table);
        assertTrue(table.contains("TIMEOUT     0 / 1  hangs()"), table);
        assertTrue(table.contains("expected 3 but was 4"), table);
        assertTrue(table.contains("TOTAL      4 / 12"), table);
    }

    @Test
    void keepsControlCharactersOutOfTheConsole() {
        PlannedTest test = new PlannedTest("id", "C", "m", "evil\u001b[2J", 1);
        String table = PointsTable.render("t", List.of(new GradedResult(test, Outcome.FAILED, "bad\u0007bell", 0)));

        assertTrue(table.contains("evil?[2J") && table.contains("bad?bell"), table);
    }

    private static Map<String, GradedResult> run(Class<?> fixture) {
        LedgerListener listener = new LedgerListener();
        execute(listener, fixture);
        return listener.results.stream()
                .collect(Collectors.toMap(r -> r.test().methodName(), Function.identity()));
    }

    private static void execute(org.junit.platform.launcher.TestExecutionListener listener, Class<?> fixture) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), listener);
    }

    private static final class LedgerListener implements org.junit.platform.launcher.TestExecutionListener {
        private TestLedger ledger;
        private List<GradedResult> results;

        @Override
        public void testPlanExecutionStarted(org.junit.platform.launcher.TestPlan plan) {
            ledger = TestLedger.of(plan);
        }

        @Override
        public void executionStarted(org.junit.platform.launcher.TestIdentifier id) {
            ledger.executionStarted(id);
        }

        @Override
        public void executionSkipped(org.junit.platform.launcher.TestIdentifier id, String reason) {
            ledger.executionSkipped(id, reason);
        }

        @Override
        public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                org.junit.platform.engine.TestExecutionResult result) {
            ledger.executionFinished(id, result);
        }

        @Override
        public void testPlanExecutionFinished(org.junit.platform.launcher.TestPlan plan) {
            ledger.finish();
            results = ledger.results();
        }
    }

    @Points(value = 5, visibility = Visibility.AFTER_DUE_DATE)
    static class GroupFixture {
        @Test
        void first() {
        }

        @Test
        void second() {
            throw new AssertionError("second is wrong");
        }

        @Test
        void third() {
        }

        @Test
        @Points(value = 2, extraCredit = true)
        void bonus() {
        }
    }

    @Test
    void sharesAGroupsPointsAmongItsTestsForPartialCredit() {
        Map<String, GradedResult> results = run(GroupFixture.class);

        assertEquals(5.0 / 3, results.get("first").test().points(), 1e-9);
        assertEquals(Visibility.AFTER_DUE_DATE, results.get("first").test().visibility());
        assertEquals(0, results.get("second").pointsEarned());
        assertEquals(2, results.get("bonus").test().points());
        assertTrue(results.get("bonus").test().extraCredit());
        assertEquals(Visibility.VISIBLE, results.get("bonus").test().visibility());
        List<GradedResult> all = List.copyOf(results.values());
        assertEquals(5.33, Scores.earned(all), 1e-9, "two shares of 5/3 and the extra credit");
        assertEquals(5, Scores.possible(all), 1e-9, "extra credit does not raise the maximum");
    }

    @Test
    void countsStructurePointsOnlyWhenBehaviourEarnsPoints() {
        PlannedTest behaviour = new PlannedTest("b", "C", "b", "b()", 3);
        PlannedTest structure = new PlannedTest("s", "C", "s", "s", 2, false, Visibility.VISIBLE, TestKind.STRUCTURE);
        List<GradedResult> skeleton = List.of(new GradedResult(behaviour, Outcome.FAILED, "todo", 0),
                new GradedResult(structure, Outcome.PASSED, "", 0));
        List<GradedResult> working = List.of(new GradedResult(behaviour, Outcome.PASSED, "", 0),
                new GradedResult(structure, Outcome.PASSED, "", 0));

        assertEquals(0, Scores.earned(skeleton));
        assertEquals(5, Scores.earned(working));
        assertTrue(PointsTable.render("t", skeleton).contains(PointsTable.STRUCTURE_WAITS));
    }

    @Points(4)
    static class WastedGroup {
        @Test
        @Points(0)
        void worthNothing() {
        }

        @Test
        @Points(1)
        void worthOne() {
        }
    }

    @Test
    void namesPointsThatCannotAddUp() {
        assertEquals(List.of(
                WastedGroup.class.getName() + ".worthNothing: @Points(0.0) must be more than 0",
                WastedGroup.class.getName() + ": the group's @Points(4.0) has no test to share them: every test "
                        + "method has @Points of its own"), Rubric.problems(WastedGroup.class));
        assertEquals(List.of(), Rubric.problems(GroupFixture.class));
    }

    /** A declaration as an exercise writes one: a sum, sequential and split in two. */
    static final class SumCase implements SpeedupCase<long[], Long> {
        @Override
        public String name() {
            return "sum";
        }

        @Override
        public long[] input(int size, long seed) {
            return new java.util.Random(seed).longs(size, 0, 1000).toArray();
        }

        @Override
        public int defaultSize() {
            return 1000;
        }

        @Override
        public Long sequential(long[] input) {
            return java.util.Arrays.stream(input).sum();
        }

        @Override
        public Long parallel(long[] input, int threads) {
            return java.util.Arrays.stream(input).parallel().sum();
        }

        @Override
        public boolean check(long[] input, Long output) {
            return output == java.util.Arrays.stream(input).sum();
        }

        @Override
        public String fingerprint(Long output) {
            return String.valueOf(output);
        }
    }

    @Test
    void aSpeedupCaseGivesTheSameInputForTheSameSeedAndChecksOutputs() throws Exception {
        SumCase sum = new SumCase();
        long[] input = sum.input(sum.defaultSize(), 42);

        assertEquals(java.util.Arrays.toString(input), java.util.Arrays.toString(sum.input(1000, 42)));
        assertTrue(sum.check(input, sum.parallel(input, sum.threads())));
        assertTrue(sum.matches(input, sum.fingerprint(sum.sequential(input)), sum.fingerprint(sum.parallel(input, 2))));
        assertFalse(sum.matches(input, sum.fingerprint(1L), sum.fingerprint(2L)));
        assertTrue(!sum.check(input, sum.sequential(input) + 1));
        assertTrue(sum.threads() >= 1);
    }
}
