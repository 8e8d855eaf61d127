package dev.amdahl.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns the JUnit Platform's events into one verdict per test method, the unit that carries
 * {@link Points}. Feed it the events of one test plan in order; each call returns the verdicts it
 * completed. Every planned method gets exactly one verdict by {@link #finish()}: a method that never
 * ran (its class failed to start, the run stopped early) is a failure, never a pass.
 *
 * <p>Not thread-safe: the JUnit Platform reports events from one thread unless tests run in parallel,
 * which the exercises do not turn on.
 */
public final class TestLedger {

    static final int MAX_MESSAGE_CHARS = 2_000;

    private final TestPlan plan;
    private final Map<String, PlannedTest> planned = new LinkedHashMap<>();
    private final Map<String, Long> startedAt = new HashMap<>();
    private final Map<String, String> firstFailure = new HashMap<>();
    private final Map<String, Boolean> timedOut = new HashMap<>();
    private final Map<String, GradedResult> completed = new HashMap<>();

    private TestLedger(TestPlan plan) {
        this.plan = plan;
        List<Rubric.Candidate> units = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collectUnits(root, units);
        }
        for (PlannedTest test : Rubric.plan(units)) {
            planned.put(test.uniqueId(), test);
        }
    }

    /** A ledger of the methods in {@code plan}. */
    public static TestLedger of(TestPlan plan) {
        return new TestLedger(plan);
    }

    /** The graded units in discovery order. */
    public List<PlannedTest> planned() {
        return List.copyOf(planned.values());
    }

    /** Notes when a test method started, for its duration; containers are ignored. */
    public void executionStarted(TestIdentifier identifier) {
        String unit = unitOf(identifier);
        if (unit != null) {
            startedAt.putIfAbsent(unit, System.nanoTime());
        }
    }

    /**
     * The verdicts that {@code identifier}'s end completes: its method's, or those of the methods a failed class never
     * ran.
     */
    public List<GradedResult> executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        String id = identifier.getUniqueId();
        String unit = unitOf(identifier);
        if (unit == null) {
            // A class or engine ended. If it failed before its methods ran (@BeforeAll threw, the class
            // could not be initialised), those methods fail with its reason.
            String reason = result.getStatus() == TestExecutionResult.Status.FAILED
                    ? "could not run: " + describe(result.getThrowable().orElse(null))
                    : "did not run";
            return completeBelow(identifier, Outcome.FAILED, reason);
        }
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            Throwable failure = result.getThrowable().orElse(null);
            firstFailure.putIfAbsent(unit, describe(failure));
            if (failure instanceof TimeoutException) {
                timedOut.put(unit, true);
            }
        }
        if (!unit.equals(id)) {
            return List.of(); // one invocation of a parameterized method: remembered above
        }
        Outcome outcome;
        if (firstFailure.containsKey(unit)) {
            outcome = timedOut.getOrDefault(unit, false) ? Outcome.TIMED_OUT : Outcome.FAILED;
        } else if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            outcome = Outcome.SKIPPED;
            firstFailure.put(unit, "aborted: " + describe(result.getThrowable().orElse(null)));
        } else {
            outcome = Outcome.PASSED;
        }
        return complete(unit, outcome, firstFailure.get(unit)).stream().toList();
    }

    /** The verdicts that a skipped method or container completes, each with the reason given. */
    public List<GradedResult> executionSkipped(TestIdentifier identifier, String reason) {
        String unit = unitOf(identifier);
        String message = "skipped: " + (reason == null ? "disabled" : reason);
        if (unit != null && !unit.equals(identifier.getUniqueId())) {
            return List.of(); // one skipped invocation does not decide the method
        }
        if (unit != null) {
            return complete(unit, Outcome.SKIPPED, message).stream().toList();
        }
        return completeBelow(identifier, Outcome.SKIPPED, message);
    }

    /** Ends the plan: whatever has no verdict yet did not run, and fails. */
    public List<GradedResult> finish() {
        List<GradedResult> results = new ArrayList<>();
        for (String unit : planned.keySet()) {
            complete(unit, Outcome.FAILED, "did not run").ifPresent(results::add);
        }
        return results;
    }

    /** Every verdict so far, in discovery order. */
    public List<GradedResult> results() {
        return planned.keySet().stream().map(completed::get).filter(r -> r != null).toList();
    }

    private Optional<GradedResult> complete(String unit, Outcome outcome, String message) {
        if (completed.containsKey(unit)) {
            return Optional.empty();
        }
        Long start = startedAt.get(unit);
        long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        GradedResult result = new GradedResult(planned.get(unit), outcome,
                outcome == Outcome.PASSED ? "" : message, millis);
        completed.put(unit, result);
        return Optional.of(result);
    }

    private List<GradedResult> completeBelow(TestIdentifier container, Outcome outcome, String message) {
        List<GradedResult> results = new ArrayList<>();
        for (TestIdentifier descendant : plan.getDescendants(container)) {
            if (planned.containsKey(descendant.getUniqueId())) {
                complete(descendant.getUniqueId(), outcome, message).ifPresent(results::add);
            }
        }
        return results;
    }

    private void collectUnits(TestIdentifier identifier, List<Rubric.Candidate> units) {
        if (isUnit(identifier)) {
            units.add(candidate(identifier));
        }
        for (TestIdentifier child : plan.getChildren(identifier)) {
            collectUnits(child, units);
        }
    }

    /** The method-level identifier that {@code identifier} belongs to, or null above method level. */
    private String unitOf(TestIdentifier identifier) {
        TestIdentifier current = identifier;
        while (current != null) {
            if (planned.containsKey(current.getUniqueId())) {
                return current.getUniqueId();
            }
            current = plan.getParent(current).orElse(null);
        }
        return null;
    }

    private boolean isUnit(TestIdentifier identifier) {
        if (fieldSource(identifier).isPresent()) {
            return true; // an ArchUnit rule
        }
        Optional<MethodSource> method = methodSource(identifier);
        if (method.isEmpty()) {
            return false;
        }
        Optional<MethodSource> parentMethod = plan.getParent(identifier).flatMap(TestLedger::methodSource);
        return parentMethod.isEmpty() || !sameMethod(parentMethod.get(), method.get());
    }

    private static boolean sameMethod(MethodSource a, MethodSource b) {
        return a.getClassName().equals(b.getClassName())
                && a.getMethodName().equals(b.getMethodName())
                && a.getMethodParameterTypes().equals(b.getMethodParameterTypes());
    }

    private static Optional<MethodSource> methodSource(TestIdentifier identifier) {
        return identifier.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
    }

    private static Optional<RuleField> fieldSource(TestIdentifier identifier) {
        return identifier.getSource().flatMap(RuleField::of);
    }

    private static Rubric.Candidate candidate(TestIdentifier identifier) {
        Optional<RuleField> field = fieldSource(identifier);
        if (field.isPresent()) {
            return new Rubric.Candidate(identifier.getUniqueId(), field.get().className(),
                    field.get().fieldName(), identifier.getDisplayName(), field.get().testClass(),
                    field.get().field(), TestKind.STRUCTURE);
        }
        MethodSource method = methodSource(identifier).orElseThrow();
        return new Rubric.Candidate(identifier.getUniqueId(), method.getClassName(), method.getMethodName(),
                identifier.getDisplayName(), load(method::getJavaClass), load(method::getJavaMethod),
                TestKind.BEHAVIOUR);
    }

    /** The class or member, or null when it cannot be loaded here; JUnit reports that failure itself. */
    private static <T> T load(java.util.function.Supplier<T> loader) {
        try {
            return loader.get();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** A failure in a student's words: what was thrown and why, never a stack trace. */
    static String describe(Throwable failure) {
        if (failure == null) {
            return "no reason given";
        }
        String message;
        try {
            message = failure.getMessage();
        } catch (RuntimeException | LinkageError e) {
            message = "(its message could not be read)";
        }
        String text;
        if (failure instanceof AssertionError) {
            // assertTrue/assertFalse add "==> expected: <true> but was: <false>", which says nothing to a student.
            text = message == null ? "assertion failed" : message
                    .replace(" ==> expected: <true> but was: <false>", "")
                    .replace(" ==> expected: <false> but was: <true>", "");
        } else if (failure instanceof TimeoutException) {
            text = "timed out" + (message == null ? "" : ": " + message);
        } else {
            text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
