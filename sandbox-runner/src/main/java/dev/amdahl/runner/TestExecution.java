package dev.amdahl.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Rubric;
import dev.amdahl.grading.TestLedger;
import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the compiled tests with the JUnit Platform. The engine, the listeners and the configuration are
 * ours: nothing is discovered from the classpath ({@code META-INF/services}, {@code junit-platform.properties}),
 * so a submission cannot add an engine, filter tests out or change their time limits.
 */
public final class TestExecution {

    /** Used when the exercise's own junit-platform.properties does not say otherwise. */
    static final Map<String, String> DEFAULT_CONFIGURATION = Map.of(
            "junit.jupiter.execution.timeout.default", "15 s",
            "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");

    private TestExecution() {
    }

    static void run(Path classes, Path testClasses, Path testResources, EventChannel log) throws IOException {
        withExerciseClassLoader(ClassBytes.read(classes), testClasses, testResources, loader -> {
            // Structure first: the rules see the submitted classes before any of their code has run.
            for (GradedResult r : StructureRules.evaluate(StructureRules.find(testClasses, loader), classes)) {
                log.write(new RunnerEvent.TestFinished(r.test().uniqueId(), r.outcome(), r.message(),
                        r.durationMillis()));
            }
            LauncherFactory.create(launcherConfig()).execute(request(testClasses, testResources),
                    new EventWriter(log, true));
            return null;
        });
    }

    /**
     * Runs a student's tests against {@code program} (classes by binary name), writing the plan and each
     * verdict to {@code log}, but no {@link RunnerEvent.Finished}: more may follow. Structure rules are the
     * instructor's and are not looked for.
     */
    static void runStudentTests(Map<String, byte[]> program, Path testClasses, Path testResources, EventChannel log)
            throws IOException {
        withExerciseClassLoader(program, testClasses, testResources, loader -> {
            LauncherFactory.create(launcherConfig()).execute(request(testClasses, testResources),
                    new EventWriter(log, false));
            return null;
        });
    }

    /**
     * Runs the tests against {@code program} in a class loader of their own and tells nobody: each test's
     * outcome by unique id, in discovery order.
     */
    static Map<String, Outcome> outcomes(Map<String, byte[]> program, Path testClasses, Path testResources)
            throws IOException {
        return withExerciseClassLoader(program, testClasses, testResources, loader -> {
            OutcomeCollector collector = new OutcomeCollector();
            LauncherFactory.create(launcherConfig()).execute(request(testClasses, testResources), collector);
            return collector.outcomes();
        });
    }

    /** The tests in {@code testClasses} and their points, found without running any of them. */
    public static List<PlannedTest> discover(Path classes, Path testClasses, Path testResources) throws IOException {
        return withExerciseClassLoader(ClassBytes.read(classes), testClasses, testResources, loader -> {
            List<PlannedTest> planned = new ArrayList<>(TestLedger.of(
                    LauncherFactory.create(launcherConfig()).discover(request(testClasses, testResources))).planned());
            planned.addAll(Rubric.plan(StructureRules.find(testClasses, loader).stream()
                    .map(StructureRules.Rule::candidate).toList()));
            return List.copyOf(planned);
        });
    }

    private static LauncherDiscoveryRequest request(Path testClasses, Path testResources) throws IOException {
        Map<String, String> configuration = new HashMap<>(DEFAULT_CONFIGURATION);
        configuration.putAll(exerciseConfiguration(testResources));
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(configuration)
                .build();
    }

    private static LauncherConfig launcherConfig() {
        return LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .build();
    }

    private interface ClassLoaderWork<T> {
        T call(ClassLoader loader) throws IOException;
    }

    private static <T> T withExerciseClassLoader(Map<String, byte[]> underTest, Path testClasses,
            Path testResources, ClassLoaderWork<T> work) throws IOException {
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        try (ExerciseClassLoader loader = ExerciseClassLoader.of(underTest, testClasses, testResources,
                TestExecution.class.getClassLoader())) {
            current.setContextClassLoader(loader);
            return work.call(loader);
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** The instructor's junit-platform.properties (staged from the exercise, never from the submission). */
    private static Map<String, String> exerciseConfiguration(Path testResources) throws IOException {
        Path file = testResources.resolve("junit-platform.properties");
        Map<String, String> values = new HashMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        }
        return values;
    }

    /** Feeds the JUnit Platform's events of one test plan to a {@link TestLedger}, and hands on what it decides. */
    private abstract static class LedgerListener implements TestExecutionListener {
        private TestLedger ledger;

        abstract void planned(List<PlannedTest> tests);

        abstract void decided(List<GradedResult> results);

        void ended() {
        }

        @Override
        public final void testPlanExecutionStarted(TestPlan testPlan) {
            ledger = TestLedger.of(testPlan);
            planned(ledger.planned());
        }

        @Override
        public final void executionStarted(TestIdentifier testIdentifier) {
            ledger.executionStarted(testIdentifier);
        }

        @Override
        public final void executionSkipped(TestIdentifier testIdentifier, String reason) {
            decided(ledger.executionSkipped(testIdentifier, reason));
        }

        @Override
        public final void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
            decided(ledger.executionFinished(testIdentifier, result));
        }

        @Override
        public final void testPlanExecutionFinished(TestPlan testPlan) {
            decided(ledger.finish());
            ended();
        }
    }

    /** Writes the plan, then each verdict as soon as it is known, then (if asked to) that all are known. */
    private static final class EventWriter extends LedgerListener {
        private final EventChannel log;
        private final boolean writesFinished;
        private final long start = System.nanoTime();

        EventWriter(EventChannel log, boolean writesFinished) {
            this.log = log;
            this.writesFinished = writesFinished;
        }

        @Override
        void planned(List<PlannedTest> tests) {
            log.write(new RunnerEvent.Planned(tests));
        }

        @Override
        void decided(List<GradedResult> results) {
            for (GradedResult r : results) {
                log.write(new RunnerEvent.TestFinished(r.test().uniqueId(), r.outcome(), r.message(),
                        r.durationMillis()));
            }
        }

        @Override
        void ended() {
            if (writesFinished) {
                log.write(new RunnerEvent.Finished((System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    /** Keeps each test's outcome, and nothing else. */
    private static final class OutcomeCollector extends LedgerListener {
        private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

        @Override
        void planned(List<PlannedTest> tests) {
            tests.forEach(test -> outcomes.put(test.uniqueId(), Outcome.NOT_RUN));
        }

        @Override
        void decided(List<GradedResult> results) {
            results.forEach(r -> outcomes.put(r.test().uniqueId(), r.outcome()));
        }

        Map<String, Outcome> outcomes() {
            return outcomes;
        }
    }
}
