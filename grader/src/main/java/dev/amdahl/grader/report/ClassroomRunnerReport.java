package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.classroom.RunnerJson;
import dev.amdahl.grading.classroom.RunnerResults;
import dev.amdahl.grading.classroom.RunnerResults.Status;
import dev.amdahl.grading.classroom.RunnerResults.Test;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a GitHub Classroom runner, as its grading reporter reads it: base64 of the JSON that
 * {@link RunnerJson} writes (which also cuts and escapes the text). The reporter adds up {@code tests[].score}, so
 * every test with points is listed and nothing else, a timed case's speedup among them (status {@code error}
 * while it is undecided), and a late penalty as a test of its own. A step's {@code result} output carries it.
 */
final class ClassroomRunnerReport implements ReportWriter {

    @Override
    public String render(GradeReport report) {
        return RunnerJson.base64(RunnerJson.render(results(report)));
    }

    static RunnerResults results(GradeReport report) {
        List<Test> tests = new ArrayList<>();
        for (ExerciseResult exercise : report.exercises()) {
            boolean graded = exercise.verdict().graded();
            List<GradedResult> shown = StudentView.tests(exercise, report.disclosure());
            for (GradedResult result : shown) {
                if (result.test().points() == 0) {
                    continue;
                }
                tests.add(new Test(exercise.exercise() + ": " + result.test().displayName(),
                        !graded ? Status.ERROR : result.outcome().earnsPoints() ? Status.PASS : Status.FAIL,
                        graded ? Scores.round(Scores.counted(result, shown)) : 0, result.message(),
                        result.test().className() + "#" + result.test().methodName(),
                        result.test().className().replace('.', '/') + ".java", 0, result.durationMillis()));
            }
            StyleText.worthShowing(exercise).filter(review -> review.score().possible() > 0).ifPresent(review ->
                    tests.add(new Test(exercise.exercise() + ": style (Checkstyle)",
                            !graded ? Status.ERROR
                                    : exercise.styleEarned() >= review.score().possible() ? Status.PASS : Status.FAIL,
                            exercise.styleEarned(), StyleText.summary(exercise, review) + "\n"
                                    + String.join("\n", StyleText.findings(review)),
                            "checkstyle", review.sourceFolder(), 0, 0)));
            for (SpeedupResult speedup : exercise.speedups()) {
                if (speedup.possible() == 0) {
                    continue; // not counted here (one core): like a test without points
                }
                double earned = SpeedupText.earned(exercise, speedup);
                tests.add(new Test(exercise.exercise() + ": speedup: " + speedup.name(),
                        !graded || speedup.needsReview() ? Status.ERROR
                                : earned >= speedup.possible() ? Status.PASS : Status.FAIL,
                        earned, SpeedupText.withCurve(speedup, speedup.message()),
                        "speedup " + speedup.caseClass(), speedup.caseClass().replace('.', '/') + ".java", 0, 0));
            }
        }
        if (report.latePenalty() > 0) {
            // The reporter adds up the tests' scores, so lateness is a test of its own.
            tests.add(new Test("Late penalty", Status.FAIL, -report.latePenalty(), StudentView.lateness(report),
                    "", "", 0, 0));
        }
        Status status = !report.complete() ? Status.ERROR
                : report.earned() >= report.possible() ? Status.PASS : Status.FAIL;
        return new RunnerResults(status, report.possible(), tests);
    }
}
