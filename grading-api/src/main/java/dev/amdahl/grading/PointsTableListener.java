package dev.amdahl.grading;

import dev.amdahl.grading.classroom.ResultsFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the points table at the end of {@code mvn test}. Registered through
 * {@code META-INF/services}, so every exercise that depends on the grading API gets it.
 * Prints nothing when no test carries {@link Points}.
 *
 * <p>It also writes the results to {@link ResultsFile#DEFAULT_PATH} under the working directory (surefire's is
 * the module's folder), or to the file named by {@value #RESULTS_FILE_PROPERTY}, for the classroom feedback of
 * a student's repository. The file is deleted when a run starts, so a run that stops before it ends leaves none:
 * its tests did not run, and say so.
 */
public final class PointsTableListener implements TestExecutionListener {

    /** System property naming the exercise in the table's title. */
    public static final String EXERCISE_PROPERTY = "amdahl.exercise";
    /**
     * System property naming the exercise's Maven module ({@code exercises/mapreduce}), for the command that runs its
     * tests again with the same seed.
     */
    public static final String MODULE_PROPERTY = "amdahl.module";
    /** System property naming the results file, instead of {@link ResultsFile#DEFAULT_PATH}. */
    public static final String RESULTS_FILE_PROPERTY = "amdahl.results.file";

    private final PrintStream out;
    private final Path resultsFile;
    private final List<GradedResult> results = new ArrayList<>();
    /** Every plan's verdicts in this JVM (surefire may run a second plan, to rerun failed tests): the last wins. */
    private final Map<String, GradedResult> written = new LinkedHashMap<>();
    private TestLedger ledger;

    public PointsTableListener() {
        this(System.out);
    }

    PointsTableListener(PrintStream out) {
        this(out, null);
    }

    /** With {@code resultsFile} null, the file is the system property's, else the default. */
    PointsTableListener(PrintStream out, Path resultsFile) {
        this.out = out;
        this.resultsFile = resultsFile;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        ledger = TestLedger.of(testPlan);
        results.clear();
        if (written.isEmpty()) {
            deleteResults();
        }
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
        if (Seed.isChosen()) {
            // Only when a test drew random inputs: the seed is what makes a failure with them happen again.
            out.print(PointsTable.rerun(Seed.value(), System.getProperty(MODULE_PROPERTY, "")));
        }
        out.flush();
        writeResults(ledger.results());
    }

    private Path resultsFile() {
        if (resultsFile != null) {
            return resultsFile;
        }
        String named = System.getProperty(RESULTS_FILE_PROPERTY, "");
        return named.isBlank() ? ResultsFile.DEFAULT_PATH : Path.of(named);
    }

    private void deleteResults() {
        try {
            Files.deleteIfExists(resultsFile());
        } catch (IOException | RuntimeException e) {
            warn(e);
        }
    }

    /** Best effort: the table a student reads matters more than the file, so a failure only warns. */
    private void writeResults(List<GradedResult> planResults) {
        for (GradedResult result : planResults) {
            written.put(result.test().uniqueId(), result);
        }
        try {
            ResultsFile.write(resultsFile(), List.copyOf(written.values()));
        } catch (IOException | RuntimeException e) {
            warn(e);
        }
    }

    private static void warn(Exception e) {
        System.err.println("amdahl: the results file for the classroom feedback could not be written "
                + "(the points table is not affected): " + e);
    }
}
