package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.PlannedTest;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's tests as a student may see them now: a hidden test keeps its points but loses its name and
 * message, a test whose message is not yet released says when it will be. Reports for students go through
 * here; the instructor's records (JSON, JUnit XML) do not.
 */
final class StudentView {

    private StudentView() {
    }

    static List<GradedResult> tests(ExerciseResult exercise, Disclosure disclosure) {
        List<GradedResult> shown = new ArrayList<>();
        int hidden = 0;
        for (GradedResult result : exercise.tests()) {
            PlannedTest test = result.test();
            if (!disclosure.listed(test.visibility())) {
                hidden++;
                PlannedTest anonymous = new PlannedTest("hidden-" + hidden, "hidden", "hidden", "hidden test " + hidden,
                        test.points(), test.extraCredit(), test.visibility(), test.kind());
                shown.add(new GradedResult(anonymous, result.outcome(), "", result.durationMillis()));
            } else if (!result.message().isEmpty() && !disclosure.showsMessage(test.visibility())) {
                shown.add(new GradedResult(test, result.outcome(), Disclosure.withheld(test.visibility()),
                        result.durationMillis()));
            } else {
                shown.add(result);
            }
        }
        return shown;
    }

    /** What the late policy did, for a student; empty without one. */
    static String lateness(dev.amdahl.grader.scoring.GradeReport report) {
        return report.lateness().map(l -> l.isLate()
                ? "Submitted " + l.describe() + " (−" + points(report.latePenalty()) + ")."
                : "Submitted on time.").orElse("");
    }

    static String points(double value) {
        return dev.amdahl.grading.Scores.format(value);
    }
}
