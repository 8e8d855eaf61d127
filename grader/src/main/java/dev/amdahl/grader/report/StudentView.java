package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's tests as a student may see them now: a hidden test keeps its points but loses its name and
 * message, a test whose message is not yet released says when it will be, and a hidden-suite test keeps its
 * name but not its class until released. Reports for students go through here; the instructor's records (JSON,
 * JUnit XML) do not.
 */
final class StudentView {

    private StudentView() {
    }

    static List<GradedResult> tests(ExerciseResult exercise, Disclosure disclosure) {
        List<GradedResult> shown = new ArrayList<>();
        int hidden = 0;
        int withheld = 0;
        for (GradedResult result : exercise.tests()) {
            PlannedTest test = result.test();
            if (!disclosure.listed(test.visibility())) {
                hidden++;
                PlannedTest anonymous = new PlannedTest("hidden-" + hidden, "hidden", "hidden", "hidden test " + hidden,
                        test.points(), test.extraCredit(), test.visibility(), test.kind());
                shown.add(new GradedResult(anonymous, result.outcome(), "", result.durationMillis()));
            } else if (test.visibility() == Visibility.AFTER_RELEASE && !disclosure.hiddenReleased()) {
                // Shown by its name and points; where its code lives (its class) waits for the release too.
                withheld++;
                PlannedTest named = new PlannedTest("withheld-" + withheld, "hidden", "hidden", test.displayName(),
                        test.points(), test.extraCredit(), test.visibility(), test.kind());
                shown.add(new GradedResult(named, result.outcome(),
                        result.message().isEmpty() ? "" : Disclosure.withheld(test.visibility()),
                        result.durationMillis()));
            } else if (!result.message().isEmpty() && !disclosure.showsMessage(test.visibility())) {
                shown.add(new GradedResult(test, result.outcome(), Disclosure.withheld(test.visibility()),
                        result.durationMillis()));
            } else {
                shown.add(result);
            }
        }
        return shown;
    }

    /**
     * What a student reads about how grading went: the exercise's detail and, once hidden tests are released, what
     * their own run said (which may quote what the code printed there). Before the release the detail already says,
     * in the grader's words only, how that run ended.
     */
    static String detail(ExerciseResult exercise, Disclosure disclosure) {
        String hidden = disclosure.hiddenReleased()
                ? exercise.hiddenRun().map(ExerciseResult.HiddenRun::detail).orElse("") : "";
        return hidden.isEmpty() ? exercise.detail() : instructorDetail(exercise);
    }

    /** Everything grading said: the exercise's detail, then what the hidden tests' run said (if anything). */
    static String instructorDetail(ExerciseResult exercise) {
        String hidden = exercise.hiddenRun().map(ExerciseResult.HiddenRun::detail).orElse("");
        if (hidden.isEmpty()) {
            return exercise.detail();
        }
        String part = "The hidden tests' run:\n" + hidden;
        return exercise.detail().isEmpty() ? part : exercise.detail() + "\n\n" + part;
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
