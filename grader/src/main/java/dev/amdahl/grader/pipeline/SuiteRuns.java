package dev.amdahl.grader.pipeline;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.PlantedBug;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.runner.RunnerInvocation;
import dev.amdahl.grader.runner.RunnerInvocation.SuiteRun;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxJob;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.submission.StagedExercise;
import dev.amdahl.grader.suite.CoverageSummary;
import dev.amdahl.grader.suite.SuiteScoring;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grader.testrun.RunInterpreter;
import dev.amdahl.grader.testrun.RunnerWatcher;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a submitted test suite in sandbox runs. The first runs the suite on the program, with coverage: the
 * student sees everything it reports. Then one run per planted bug: only that run holds the bug's code, which
 * the runner reads and removes before any test runs, and nothing of it reaches the student but whether the suite
 * caught it.
 */
final class SuiteRuns {

    private final Sandbox sandbox;
    private final SandboxLimits limits;
    private final long seed;

    SuiteRuns(Sandbox sandbox, SandboxLimits limits, long seed) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.seed = seed;
    }

    /**
     * @param compiled the program and its planted bugs, compiled once from the course: the runs get their classes
     * @param staged   the student's tests (and the program's sources, which the runs do not need)
     */
    ExerciseResult grade(Exercise exercise, ExpectedTests.Compiled compiled, StagedExercise staged)
            throws SandboxException, IOException, InterruptedException {
        RunnerWatcher onProgram = new RunnerWatcher();
        SandboxResult run = runIn(exercise, compiled, staged, Optional.empty(), limits, onProgram);
        ExerciseResult suite = RunInterpreter.interpret(exercise.id(), studentTests(onProgram), onProgram, run, limits,
                staged.ignored());
        if (suite.verdict() == Verdict.COMPILE_ERROR) {
            suite = new ExerciseResult(suite.exercise(), suite.verdict(), "Your tests do not compile against the "
                    + "program as it was given:\n" + compileDiagnostics(onProgram), suite.tests(), suite.notes(),
                    suite.wallTime(), suite.provenance(), suite.style());
        }
        Map<String, Outcome> outcomes = new HashMap<>();
        suite.tests().forEach(test -> outcomes.put(test.test().uniqueId(), test.outcome()));
        Optional<CoverageSummary> coverage = coverage(onProgram);
        boolean anyPassed = outcomes.containsValue(Outcome.PASSED);
        Map<String, Map<String, Outcome>> onBugs = anyPassed && !exercise.plantedBugs().isEmpty()
                ? onPlantedBugs(exercise, compiled, staged,
                        limits.withWallClock(bugRunLimit(limits.wallClock(), run.wallTime())))
                : Map.of();

        List<GradedResult> tests = new ArrayList<>(suite.tests());
        tests.addAll(SuiteScoring.grade(exercise.rubric().studentTests().orElseThrow(), exercise.plantedBugs(),
                outcomes, suite.verdict() == Verdict.COMPLETED ? coverage : Optional.empty(), onBugs));
        List<String> notes = new ArrayList<>(suite.notes());
        notes.addAll(missedLines(onProgram));
        return new ExerciseResult(suite.exercise(), suite.verdict(), suite.detail(), tests, notes, suite.wallTime(),
                suite.provenance(), suite.style());
    }

    /** The suite's own tests, as the run planned them: worth nothing themselves, shown with their verdicts. */
    private static List<PlannedTest> studentTests(RunnerWatcher runner) {
        for (RunnerEvent event : runner.events()) {
            if (event instanceof RunnerEvent.Planned planned) {
                return planned.tests().stream().map(test -> new PlannedTest(test.uniqueId(), test.className(),
                        test.methodName(), test.displayName(), 0)).toList();
            }
        }
        return List.of();
    }

    private static String compileDiagnostics(RunnerWatcher runner) {
        return runner.events().stream().filter(RunnerEvent.CompileFailed.class::isInstance)
                .map(event -> ((RunnerEvent.CompileFailed) event).diagnostics()).findFirst().orElse("");
    }

    private static Optional<CoverageSummary> coverage(RunnerWatcher runner) {
        return runner.events().stream().filter(RunnerEvent.Coverage.class::isInstance)
                .map(RunnerEvent.Coverage.class::cast).findFirst()
                .map(c -> new CoverageSummary(c.linesCovered(), c.linesTotal(), c.branchesCovered(),
                        c.branchesTotal()));
    }

    /** Where the suite never went, per file, so the student knows what to test next. */
    private static List<String> missedLines(RunnerWatcher runner) {
        List<String> notes = new ArrayList<>();
        runner.events().stream().filter(RunnerEvent.Coverage.class::isInstance).map(RunnerEvent.Coverage.class::cast)
                .findFirst().ifPresent(c -> c.classes().stream()
                        .filter(type -> !type.missedLines().isEmpty())
                        .forEach(type -> notes.add("Lines of " + type.sourceFile() + " your tests never run: "
                                + ranges(type.missedLines()))));
        return notes;
    }

    /**
     * How long a run on one planted bug may take: a run on a bug does what the run on the program did, so three
     * times that (and at least 30 s more), within the exercise's limit. Without this, a suite that idles until
     * just before the limit would hold the grader for the limit once per bug.
     */
    static Duration bugRunLimit(Duration exerciseLimit, Duration programRun) {
        Duration generous = programRun.multipliedBy(3);
        Duration margin = programRun.plus(Duration.ofSeconds(30));
        Duration budget = generous.compareTo(margin) > 0 ? generous : margin;
        return budget.compareTo(exerciseLimit) < 0 ? budget : exerciseLimit;
    }

    /** 3, 4, 5, 9 → "3–5, 9". */
    static String ranges(List<Integer> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i);
            int end = start;
            while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) {
                end = lines.get(++i);
            }
            text.append(text.isEmpty() ? "" : ", ").append(start).append(end > start ? "–" + end : "");
        }
        return text.toString();
    }

    /**
     * The runs on the planted bugs, one container each, so that nothing a test leaves behind in one run (a file, a
     * count of runs) can tell it which bug it is on. Their consoles, messages and timings are never kept: only
     * each bug's outcomes. A run that ends early leaves its bug without outcomes, which catches nothing.
     */
    private Map<String, Map<String, Outcome>> onPlantedBugs(Exercise exercise, ExpectedTests.Compiled compiled,
            StagedExercise staged, SandboxLimits bugLimits) throws SandboxException, IOException, InterruptedException {
        Map<String, Map<String, Outcome>> outcomes = new HashMap<>();
        for (PlantedBug bug : exercise.plantedBugs()) {
            RunnerWatcher runner = new RunnerWatcher();
            runIn(exercise, compiled, staged, Optional.of(bug), bugLimits, runner);
            for (RunnerEvent event : runner.events()) {
                if (event instanceof RunnerEvent.VariantFinished finished && finished.variant().equals(bug.id())) {
                    outcomes.putIfAbsent(bug.id(), Map.copyOf(finished.outcomes()));
                }
            }
        }
        return outcomes;
    }

    /**
     * One run of the suite, on the program with coverage or on {@code bug}. The input goes under the folder the
     * runner may empty: it removes the program's code (and the bug's) before the first test runs. The program and the
     * bug come compiled, so a run compiles only the student's tests.
     */
    private SandboxResult runIn(Exercise exercise, ExpectedTests.Compiled compiled, StagedExercise staged,
            Optional<PlantedBug> bug, SandboxLimits runLimits, RunnerWatcher runner)
            throws SandboxException, IOException, InterruptedException {
        String exerciseId = exercise.id();
        Path work = Files.createTempDirectory("amdahl-" + exerciseId + "-suite-");
        try {
            Path exerciseIn = RunnerInvocation.suiteExerciseIn(work);
            Path programSources = staged.directory().resolve("src/main");
            Folders.copy(staged.directory(), exerciseIn, folder -> !folder.equals(programSources));
            Folders.copy(compiled.classes(), RunnerInvocation.programClassesIn(exerciseIn));
            if (bug.isPresent()) {
                Path bugClasses = compiled.plantedBugClasses().get(bug.get().id());
                if (bugClasses == null) {
                    throw new IllegalStateException("planted bug " + bug.get().id() + " was not compiled");
                }
                Folders.copy(bugClasses, RunnerInvocation.programClassesIn(RunnerInvocation.variantIn(work,
                        bug.get().id())));
            }
            List<String> command = RunnerInvocation.studentTests(exercise.settings().allows(), work, seed,
                    bug.isPresent() ? SuiteRun.ON_PLANTED_BUG : SuiteRun.ON_PROGRAM);
            return sandbox.run(new SandboxJob(exerciseId + (bug.isPresent() ? "-planted-bug" : ""), work, command,
                    Map.of("amdahl.exercise", exerciseId), runLimits, runner));
        } finally {
            Folders.delete(work);
        }
    }
}
