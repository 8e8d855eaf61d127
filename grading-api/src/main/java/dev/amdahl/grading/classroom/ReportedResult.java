package dev.amdahl.grading.classroom;

import dev.amdahl.grading.Outcome;
import java.util.Objects;

/**
 * One line of {@code results.tsv}: a test's verdict as its module's test run reported it. Written by code in a
 * student's repository, so {@link ClassroomReport} trusts none of it beyond what the plan allows.
 *
 * @param uniqueId       JUnit's unique id of the test
 * @param outcome        how it ended
 * @param counted        the points it counts for among its module's results (groups shared, structure gated)
 * @param points         what passing it is worth
 * @param extraCredit    whether its points are extra credit
 * @param durationMillis how long it ran
 * @param displayName    what a student reads
 * @param message        why it did not pass; empty when it passed
 */
public record ReportedResult(String uniqueId, Outcome outcome, double counted, double points, boolean extraCredit,
        long durationMillis, String displayName, String message) {

    public ReportedResult {
        Objects.requireNonNull(uniqueId, "uniqueId must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        displayName = displayName == null ? "" : displayName;
        message = message == null ? "" : message;
    }
}
