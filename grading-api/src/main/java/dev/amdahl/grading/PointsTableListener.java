package dev.amdahl.grading;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the points table at the end of {@code mvn test}. Registered through
 * {@code META-INF/services}, so every exercise that depends on the grading API gets it.
 * Prints nothing when no test carries {@link Points}.
 */
public final class PointsTableListener implements TestExecutionListener {

    /** System property naming the exercise in the table's title. */
    public static final String EXERCISE_PROPERTY = "amdahl.exercise";

    private final PrintStream out;
    private final List<GradedResult> results = new ArrayList<>();
    private TestLedger ledger;

    public PointsTableListener() {
        this(System.out);
    }

    PointsTableListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        ledger = TestLedger.of(testPlan);
        results.clear();
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        ledger.executionStarted(testIdentifier);
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        results.addAll(ledger.executionSkipped(testIdentifier, reason));
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        results.addAll(ledger.executionFinished(testIdentifier, testExecutionResult));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        results.addAll(ledger.finish());
        if (ledger.planned().stream().noneMatch(test -> test.points() > 0)) {
            return;
        }
        String exercise = System.getProperty(EXERCISE_PROPERTY, "");
        String title = exercise.isBlank() ? "Points" : "Points for " + exercise;
        out.println();
        out.print(PointsTable.render(title, ledger.results()));
        out.flush();
    }
}
