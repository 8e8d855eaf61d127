package dev.amdahl.grader.suite;

import dev.amdahl.grader.course.PlantedBug;
import dev.amdahl.grader.course.StudentTestsRubric;
import dev.amdahl.grader.course.Thresholds;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a submitted test suite did into points: which planted bugs it caught, and how much of the program
 * it ran. Each thing that earns points is one graded item, so every report shows it as a row with its reason.
 *
 * <p>A bug is caught when a test that passes on the program does not pass on the bug. A test that fails on the
 * program itself catches nothing. A suite that also fails on an equivalent rewrite judges the code rather than
 * what it does, so it catches nothing either. Coverage counts when every test passes on the program (what a
 * failing test ran cannot be told apart from the rest) and, by default, only for a suite that catches something,
 * so that running code without checking it earns nothing.
 *
 * <p>A bug's folder name often says what it is, so it never appears in an item: items are named by the bug's
 * kind, which students may see.
 */
public final class SuiteScoring {

    static final String PLANTED_BUGS = "planted bugs";
    static final String COVERAGE = "coverage";

    private SuiteScoring() {
    }

    /** The items a suite can earn, in report order, before anything has run. */
    public static List<PlannedTest> plan(StudentTestsRubric rubric, List<PlantedBug> bugs) {
        List<PlannedTest> items = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (PlantedBug bug : bugs) {
            String slug = bug.kind().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            int nth = seen.merge(slug, 1, Integer::sum);
            String name = nth == 1 ? slug : slug + "-" + nth;
            items.add(bug.equivalent()
                    ? new PlannedTest(id("rewrite", name), PLANTED_BUGS, bug.kind(),
                            "passes on a rewrite that behaves exactly like the program (" + bug.description() + ")", 0)
                    : new PlannedTest(id("planted-bug", name), PLANTED_BUGS, bug.kind(),
                            "catches a bug: " + bug.kind() + " (" + bug.description() + ")", rubric.pointsPerBug()));
        }
        addSteps(items, "lines", rubric.lineCoverage());
        addSteps(items, "branches", rubric.branchCoverage());
        return List.copyOf(items);
    }

    /**
     * The items graded.
     *
     * @param onProgram each of the suite's tests and how it ended on the program itself
     * @param coverage  what the suite ran of the program, empty if that run did not finish
     * @param onBugs    for each planted bug's id that was run, how each test ended on it
     */
    public static List<GradedResult> grade(StudentTestsRubric rubric, List<PlantedBug> bugs,
            Map<String, Outcome> onProgram, Optional<CoverageSummary> coverage,
            Map<String, Map<String, Outcome>> onBugs) {
        Set<String> passingOnProgram = onProgram.entrySet().stream()
                .filter(e -> e.getValue() == Outcome.PASSED).map(Map.Entry::getKey).collect(Collectors.toSet());
        List<PlantedBug> failedRewrites = bugs.stream()
                .filter(bug -> bug.equivalent() && !caughtBy(passingOnProgram, onBugs.get(bug.id())).isEmpty())
                .toList();
        boolean judgesCode = !failedRewrites.isEmpty();
        long caught = judgesCode ? 0 : bugs.stream()
                .filter(bug -> !bug.equivalent() && !caughtBy(passingOnProgram, onBugs.get(bug.id())).isEmpty())
                .count();

        List<GradedResult> results = new ArrayList<>();
        List<PlannedTest> plan = plan(rubric, bugs);
        int item = 0;
        for (PlantedBug bug : bugs) {
            PlannedTest planned = plan.get(item++);
            Map<String, Outcome> outcomes = onBugs.get(bug.id());
            List<String> catching = caughtBy(passingOnProgram, outcomes);
            if (passingOnProgram.isEmpty()) {
                results.add(new GradedResult(planned, Outcome.FAILED, "Missed: no test of yours passes on the"
                        + " program, so none can catch a bug.", 0));
            } else if (outcomes == null) {
                results.add(new GradedResult(planned, Outcome.NOT_RUN, "Your tests were not run on it: the run"
                        + " stopped before (see the run against the program above).", 0));
            } else if (bug.equivalent()) {
                results.add(catching.isEmpty() ? passed(planned)
                        : new GradedResult(planned, Outcome.FAILED, "These tests pass on the program but fail on a"
                                + " rewrite that does exactly the same: " + names(catching) + ". Tests should check"
                                + " what the program does, not how it is written; until they do, the bugs they"
                                + " catch earn nothing.", 0));
            } else if (catching.isEmpty()) {
                results.add(new GradedResult(planned, Outcome.FAILED, "Missed: every test that passes on the program"
                        + " also passes with this bug. Which input would show it?", 0));
            } else if (judgesCode) {
                results.add(new GradedResult(planned, Outcome.FAILED, "Caught, but it does not count: your tests"
                        + " also fail on a rewrite that behaves exactly like the program (see below).", 0));
            } else {
                results.add(passed(planned));
            }
        }
        List<String> failing = onProgram.entrySet().stream().filter(e -> e.getValue() != Outcome.PASSED)
                .map(Map.Entry::getKey).sorted().toList();
        String gate = !failing.isEmpty() ? " Coverage counts when every test passes on the program; these do not: "
                + names(failing) + "."
                : rubric.coverageRequiresCaughtBug() && caught == 0 ? " Coverage counts once your tests catch at least"
                        + " one planted bug: running code without checking what it returns catches nothing. Add"
                        + " assertions." : "";
        results.addAll(steps(plan.subList(item, item + rubric.lineCoverage().steps().size()),
                rubric.lineCoverage(), coverage.map(c -> new int[] {c.linesCovered(), c.linesTotal()}), "lines",
                gate));
        item += rubric.lineCoverage().steps().size();
        results.addAll(steps(plan.subList(item, item + rubric.branchCoverage().steps().size()),
                rubric.branchCoverage(), coverage.map(c -> new int[] {c.branchesCovered(), c.branchesTotal()}),
                "branches", gate));
        return List.copyOf(results);
    }

    /** The tests that pass on the program and do not pass on the bug, by name; empty if the bug was not run. */
    static List<String> caughtBy(Set<String> passingOnProgram, Map<String, Outcome> onBug) {
        if (onBug == null) {
            return List.of();
        }
        // NOT_RUN and SKIPPED are no verdict, so they catch nothing: only a failure or a timeout does.
        return passingOnProgram.stream()
                .filter(test -> onBug.get(test) == Outcome.FAILED || onBug.get(test) == Outcome.TIMED_OUT)
                .sorted().toList();
    }

    private static void addSteps(List<PlannedTest> items, String what, Thresholds thresholds) {
        for (int i = 0; i < thresholds.steps().size(); i++) {
            String percent = plain(thresholds.steps().get(i).percent());
            items.add(new PlannedTest(id(COVERAGE, what + "-" + percent), COVERAGE, what + " " + percent + " %",
                    "runs at least " + percent + " % of the program's " + what, thresholds.increment(i)));
        }
    }

    private static List<GradedResult> steps(List<PlannedTest> planned, Thresholds thresholds,
            Optional<int[]> counts, String what, String gate) {
        List<GradedResult> results = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedTest step = planned.get(i);
            if (counts.isEmpty()) {
                results.add(new GradedResult(step, Outcome.NOT_RUN, "Coverage was not measured: the run against the"
                        + " program did not finish.", 0));
                continue;
            }
            int covered = counts.get()[0];
            int total = counts.get()[1];
            String measured = "Your tests run " + CoverageSummary.describe(covered, total) + " of the " + what + ".";
            if (CoverageSummary.percent(covered, total) < thresholds.steps().get(i).percent()) {
                results.add(new GradedResult(step, Outcome.FAILED, measured, 0));
            } else if (!gate.isEmpty()) {
                results.add(new GradedResult(step, Outcome.FAILED, measured + gate, 0));
            } else {
                results.add(passed(step));
            }
        }
        return results;
    }

    private static GradedResult passed(PlannedTest planned) {
        return new GradedResult(planned, Outcome.PASSED, "", 0);
    }

    private static String id(String kind, String name) {
        return "[suite:" + kind + "]/[" + name + "]";
    }

    /** Test ids as a student reads them: the method names, as far as they can be told from the ids. */
    private static String names(List<String> tests) {
        return String.join(", ", tests.stream().map(SuiteScoring::shortName).toList());
    }

    static String shortName(String uniqueId) {
        int method = uniqueId.lastIndexOf("[method:");
        if (method < 0) {
            return uniqueId;
        }
        String name = uniqueId.substring(method + "[method:".length()).replaceAll("\\(.*", "").replace("]", "");
        int clazz = uniqueId.lastIndexOf("[class:");
        String owner = clazz < 0 ? "" : uniqueId.substring(clazz + "[class:".length()).replaceAll("].*", "");
        return (owner.isEmpty() ? "" : owner.substring(owner.lastIndexOf('.') + 1) + ".") + name;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
