package dev.amdahl.grader.check;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.style.StyleChecker;
import dev.amdahl.grader.style.StyleException;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.TestKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * What an instructor verifies before handing an exercise out, through the same sandbox and scoring that
 * grade students: the rubric adds up, every test with points fails on the untouched skeleton (so it cannot
 * be passed by doing nothing), the reference solution earns every point, and neither the skeleton nor the
 * solution has style findings.
 */
public final class CourseCheck {

    private final Grader grader;
    private final ExpectedTests expectedTests;
    private final Path skeletons;
    private final Path solutions;
    private final StyleChecker style = StyleChecker.standard();

    /**
     * @param skeletons the course's {@code exercises/} folder, graded as if a student submitted it untouched
     * @param solutions the course's {@code solutions/} folder
     */
    public CourseCheck(Grader grader, ExpectedTests expectedTests, Path skeletons, Path solutions) {
        this.grader = grader;
        this.expectedTests = expectedTests;
        this.skeletons = skeletons;
        this.solutions = solutions;
    }

    /** Checks one exercise: one result per property the class comment lists, passed or not. */
    public List<CheckResult> check(Exercise exercise) throws CourseException, InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        List<PlannedTest> tests = expectedTests.of(exercise).tests();
        results.add(rubric(exercise, tests, expectedTests.rubricProblems(exercise)));
        results.add(noStyleFindings(exercise, "the skeleton has no style findings", exercise.skeletonSources()));
        if (Files.isDirectory(solutions.resolve(exercise.id()))) {
            results.add(noStyleFindings(exercise, "the solution has no style findings",
                    solutions.resolve(exercise.id()).resolve(exercise.submittedFolder())));
        }

        // The skeleton's grading beside the solution's, where the grader grades side by side.
        FutureTask<ExerciseResult> skeleton = new FutureTask<>(() -> grader.grade(skeletons, exercise));
        boolean sideBySide = grader.exercisesAtOnce() > 1 && Files.isDirectory(solutions.resolve(exercise.id()));
        if (sideBySide) {
            Thread.ofPlatform().name("amdahl-check-skeleton-" + exercise.id()).start(skeleton);
        } else {
            skeleton.run();
        }
        ExerciseResult solution = null;
        try {
            if (Files.isDirectory(solutions.resolve(exercise.id()))) {
                solution = grader.grade(solutions, exercise);
            }
            results.add(skeletonEarnsNothing(exercise, Grader.resultOf(skeleton)));
        } finally {
            skeleton.cancel(true);
        }

        if (solution == null) {
            results.add(new CheckResult(exercise.id(), "the solution earns every point", false,
                    "no solution in " + solutions.resolve(exercise.id()) + ": add the reference solution there"));
        } else {
            results.add(solutionEarnsEverything(exercise, solution));
        }
        return results;
    }

    /** Students are held to the course's style; its own code must meet it, or the findings teach nothing. */
    private CheckResult noStyleFindings(Exercise exercise, String name, Path sources) {
        try {
            List<StyleFinding> findings = style.check(sources);
            if (findings.isEmpty()) {
                return new CheckResult(exercise.id(), name, true, "Checkstyle " + style.checkstyleVersion());
            }
            List<String> lines = findings.stream().limit(10)
                    .map(f -> f.file() + (f.line() > 0 ? ":" + f.line() : "") + ": [" + f.category().label() + "] "
                            + f.message()).toList();
            return new CheckResult(exercise.id(), name, false, findings.size() + " finding(s) in " + sources + ": "
                    + String.join("; ", lines));
        } catch (StyleException e) {
            return new CheckResult(exercise.id(), name, false, "Checkstyle could not check " + sources + ": "
                    + e.getMessage());
        }
    }

    static CheckResult rubric(Exercise exercise, List<PlannedTest> tests, List<String> problems) {
        double behaviour = tests.stream().filter(t -> t.kind() == TestKind.BEHAVIOUR)
                .mapToDouble(PlannedTest::maxPoints).sum();
        double structure = tests.stream().filter(t -> t.kind() == TestKind.STRUCTURE)
                .mapToDouble(PlannedTest::maxPoints).sum();
        double extra = tests.stream().filter(PlannedTest::extraCredit).mapToDouble(PlannedTest::points).sum();
        double style = exercise.rubric().style().possible();
        String numbers = "behaviour " + Scores.format(behaviour) + ", structure " + Scores.format(structure)
                + ", style " + Scores.format(style) + ", extra credit " + Scores.format(extra) + ", total "
                + Scores.format(behaviour + structure + style);
        if (!problems.isEmpty()) {
            return new CheckResult(exercise.id(), "the rubric adds up", false, numbers + "; " + String.join("; ",
                    problems));
        }
        if (behaviour <= 0) {
            return new CheckResult(exercise.id(), "the rubric adds up", false, numbers
                    + ": no behaviour test carries points, so structure and style could never count. Add @Points to "
                    + "the tests.");
        }
        return new CheckResult(exercise.id(), "the rubric adds up", true, numbers);
    }

    static CheckResult skeletonEarnsNothing(Exercise exercise, ExerciseResult skeleton) {
        String name = "the untouched skeleton earns nothing";
        if (!skeleton.verdict().graded()) {
            return new CheckResult(exercise.id(), name, false, "could not grade it: " + skeleton.detail());
        }
        List<String> passing = skeleton.tests().stream()
                .filter(t -> t.test().kind() == TestKind.BEHAVIOUR && t.test().points() > 0
                        && t.outcome() == Outcome.PASSED)
                .map(t -> t.test().className() + "." + t.test().methodName()).toList();
        if (!passing.isEmpty() || skeleton.earned() > 0) {
            return new CheckResult(exercise.id(), name, false, Scores.format(skeleton.earned())
                    + " points for doing nothing; these tests pass on the skeleton: " + passing
                    + ". Make each test check what the student must write.");
        }
        return new CheckResult(exercise.id(), name, true, "0 / " + Scores.format(skeleton.possible()) + " ("
                + skeleton.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }

    static CheckResult solutionEarnsEverything(Exercise exercise, ExerciseResult solution) {
        String name = "the solution earns every point";
        List<String> failing = solution.tests().stream().filter(t -> t.outcome() != Outcome.PASSED)
                .map(CourseCheck::describe).toList();
        if (solution.verdict() != Verdict.COMPLETED || !failing.isEmpty()) {
            return new CheckResult(exercise.id(), name, false, solution.verdict().name()
                    + (solution.detail().isEmpty() ? "" : ": " + solution.detail().lines().findFirst().orElse(""))
                    + (failing.isEmpty() ? "" : "; not passing: " + String.join("; ", failing)));
        }
        double all = Scores.round(solution.tests().stream().mapToDouble(GradedResult::pointsEarned).sum());
        return new CheckResult(exercise.id(), name, true, Scores.format(solution.earned()) + " / "
                + Scores.format(solution.possible()) + (all > solution.possible() ? " (with extra credit)" : ""));
    }

    private static String describe(GradedResult result) {
        String message = result.message().lines().findFirst().orElse("");
        return result.test().className() + "." + result.test().methodName() + " " + result.outcome()
                + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
