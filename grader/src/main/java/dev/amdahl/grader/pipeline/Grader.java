package dev.amdahl.grader.pipeline;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.ExerciseSettings;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.runner.RunnerInvocation;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxJob;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.ExerciseResults;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.style.StyleChecker;
import dev.amdahl.grader.style.StyleException;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.submission.StagedExercise;
import dev.amdahl.grader.submission.SubmissionException;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grader.testrun.HiddenTestRun;
import dev.amdahl.grader.testrun.RunInterpreter;
import dev.amdahl.grader.testrun.RunnerWatcher;
import dev.amdahl.grader.timing.TimingLane;
import dev.amdahl.grading.PlannedTest;
import java.io.IOException;
import java.security.SecureRandom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;

/**
 * Grades a submission exercise by exercise: stage, run in the sandbox, interpret. Each exercise is graded on
 * its own, so a compile error or a hang in one costs that exercise only.
 */
public final class Grader {

    /**
     * Limits chosen on the command line, over the exercises' own settings.
     *
     * @param timeout     the wall clock per exercise, or null to keep the exercise's
     * @param memoryBytes the memory per exercise, or null to keep the exercise's
     */
    public record Overrides(Duration timeout, Long memoryBytes) {
        /** No overrides: every exercise keeps the wall clock and memory its settings give it. */
        public static Overrides none() {
            return new Overrides(null, null);
        }
    }

    private final Sandbox sandbox;
    private final SubmissionStager stager;
    private final ExpectedTests expectedTests;
    private final SandboxLimits defaults;
    private final Overrides overrides;
    private final Clock clock;
    private final String version;
    private final LongSupplier seeds;
    private final StyleChecker style = StyleChecker.standard();
    /** Where each exercise's steps are timed, at DEBUG: {@code bench/breakdown.sh} turns it on. */
    private static final System.Logger PHASES = System.getLogger("dev.amdahl.grader.phases");
    private TimingLane timing;
    private int exercisesAtOnce = 1;

    /** A grader whose runs each draw a fresh seed for the tests' inputs. */
    public Grader(Sandbox sandbox, SubmissionStager stager, ExpectedTests expectedTests, SandboxLimits defaults,
            Overrides overrides, Clock clock, String version) {
        this(sandbox, stager, expectedTests, defaults, overrides, clock, version, new SecureRandom()::nextLong);
    }

    /** As the other constructor, with every run's tests drawing their inputs from {@code seed}. */
    public Grader(Sandbox sandbox, SubmissionStager stager, ExpectedTests expectedTests, SandboxLimits defaults,
            Overrides overrides, Clock clock, String version, long seed) {
        this(sandbox, stager, expectedTests, defaults, overrides, clock, version, () -> seed);
    }

    private Grader(Sandbox sandbox, SubmissionStager stager, ExpectedTests expectedTests, SandboxLimits defaults,
            Overrides overrides, Clock clock, String version, LongSupplier seeds) {
        this.sandbox = sandbox;
        this.stager = stager;
        this.expectedTests = expectedTests;
        this.defaults = defaults;
        this.overrides = overrides;
        this.clock = clock;
        this.version = version;
        this.seeds = seeds;
    }

    /**
     * From now on, {@link #grade(Path, String, List, Progress)} grades up to {@code exercises} exercises of a
     * submission side by side (each in its own sandbox job, as always), unless speedups are timed: a timing must
     * have the machine to itself. Results keep the exercises' order.
     */
    public Grader withExercisesAtOnce(int exercises) {
        if (exercises < 1) {
            throw new IllegalArgumentException("at least one exercise at a time, not " + exercises);
        }
        this.exercisesAtOnce = exercises;
        return this;
    }

    /** How many exercises this grader grades side by side: 1 while it times speedups. */
    public int exercisesAtOnce() {
        return timing != null ? 1 : exercisesAtOnce;
    }

    /**
     * From now on, exercises whose rubric names speedup cases are also timed by {@code lane} once all their tests
     * pass; their speedup points count toward the maximum.
     */
    public Grader withTiming(TimingLane lane) {
        this.timing = lane;
        return this;
    }

    /** Defaults, then the exercise's settings, then the command line's. */
    SandboxLimits limitsFor(Exercise exercise) {
        ExerciseSettings settings = exercise.settings();
        SandboxLimits limits = defaults;
        limits = settings.timeout().map(limits::withWallClock).orElse(limits);
        if (settings.memoryBytes().isPresent()) {
            limits = limits.withMemoryBytes(settings.memoryBytes().getAsLong());
        }
        if (settings.processes().isPresent()) {
            limits = limits.withProcesses(settings.processes().getAsLong());
        }
        if (settings.cpus().isPresent()) {
            limits = limits.withCpus(settings.cpus().getAsDouble());
        }
        if (settings.outputBytes().isPresent()) {
            limits = limits.withOutputBytes(settings.outputBytes().getAsLong());
        }
        if (overrides.timeout() != null) {
            limits = limits.withWallClock(overrides.timeout());
        }
        if (overrides.memoryBytes() != null) {
            limits = limits.withMemoryBytes(overrides.memoryBytes());
        }
        return limits;
    }

    /**
     * Grades {@code submission} (a folder) as the student {@code name} on {@code exercises}, one after another: staged,
     * run in the sandbox, scored; an exercise that cannot be staged or run gets its reason, never a silent zero.
     */
    public GradeReport grade(Path submission, String name, List<Exercise> exercises)
            throws CourseException, InterruptedException {
        return grade(submission, name, exercises, Progress.SILENT);
    }

    /** As {@link #grade(Path, String, List)}, telling {@code progress} as each exercise starts and ends. */
    public GradeReport grade(Path submission, String name, List<Exercise> exercises, Progress progress)
            throws CourseException, InterruptedException {
        List<ExerciseResult> results = new ArrayList<>();
        int atOnce = Math.min(exercisesAtOnce(), exercises.size());
        if (atOnce <= 1) {
            for (int i = 0; i < exercises.size(); i++) {
                results.add(gradeTelling(submission, exercises, i, progress));
            }
        } else {
            results.addAll(gradeSideBySide(submission, exercises, atOnce, progress));
        }
        return new GradeReport(name, version, sandbox.describe(), clock.instant(), results);
    }

    private ExerciseResult gradeTelling(Path submission, List<Exercise> exercises, int index, Progress progress)
            throws CourseException, InterruptedException {
        Exercise exercise = exercises.get(index);
        progress.started(exercise, index + 1, exercises.size());
        long start = System.nanoTime();
        ExerciseResult result = grade(submission, exercise);
        progress.finished(exercise, result, Duration.ofNanos(System.nanoTime() - start), index + 1, exercises.size());
        return result;
    }

    /** {@code atOnce} exercises at a time, on threads of their own; the results in the exercises' order. */
    private List<ExerciseResult> gradeSideBySide(Path submission, List<Exercise> exercises, int atOnce,
            Progress progress) throws CourseException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(atOnce,
                Thread.ofPlatform().name("amdahl-exercise-", 1).factory());
        try {
            List<Future<ExerciseResult>> graded = new ArrayList<>();
            for (int i = 0; i < exercises.size(); i++) {
                int index = i;
                graded.add(pool.submit(() -> gradeTelling(submission, exercises, index, progress)));
            }
            List<ExerciseResult> results = new ArrayList<>();
            for (Future<ExerciseResult> result : graded) {
                results.add(resultOf(result));
            }
            return results;
        } finally {
            pool.shutdownNow(); // on a failure, the others stop too (their sandboxes end their containers)
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** Told as each exercise of a submission starts and ends: grading a whole course takes minutes. */
    public interface Progress {

        /** Tells nothing. */
        Progress SILENT = new Progress() {
            @Override
            public void started(Exercise exercise, int number, int count) {
            }

            @Override
            public void finished(Exercise exercise, ExerciseResult result, Duration took, int number, int count) {
            }
        };

        /** Exercise {@code number} (from 1) of {@code count} starts. */
        void started(Exercise exercise, int number, int count);

        /** Exercise {@code number} of {@code count} ended with {@code result}, {@code took} after it started. */
        void finished(Exercise exercise, ExerciseResult result, Duration took, int number, int count);
    }

    /** Grades one exercise of {@code submission}: its tests in the sandbox, its style on this host. */
    public ExerciseResult grade(Path submission, Exercise exercise) throws CourseException, InterruptedException {
        long start = System.nanoTime();
        ExerciseResult result = ExerciseResults.withStyleBudget(gradeInSandbox(submission, exercise), exercise);
        phase(exercise, "exercise-total", start);
        if (timing != null && !exercise.rubric().speedup().cases().isEmpty() && result.speedups().isEmpty()) {
            result = ExerciseResults.notTimed(exercise, result);
        }
        if (result.provenance().rubricSha256().isEmpty()) { // not run: still say which rubric gave the zero
            ExerciseResult.Provenance p = result.provenance();
            result = result.withProvenance(new ExerciseResult.Provenance(p.sourcesSha256(), p.jdk(),
                    expectedTests.of(exercise).rubricSha256(), p.seed()));
        }
        return result;
    }

    private static void phase(Exercise exercise, String step, long since) {
        long until = System.nanoTime();
        PHASES.log(System.Logger.Level.DEBUG, () -> String.format("phase %s %s %.1f ms", exercise.id(), step,
                (until - since) / 1e6));
    }

    private ExerciseResult gradeInSandbox(Path submission, Exercise exercise)
            throws CourseException, InterruptedException {
        long expecting = System.nanoTime();
        ExpectedTests.Compiled compiled = expectedTests.of(exercise);
        phase(exercise, "expected-tests", expecting);
        List<PlannedTest> expected = compiled.tests();
        Path work = null;
        FutureTask<StyleReview> styleReview = null;
        try {
            work = Files.createTempDirectory("amdahl-" + exercise.id() + "-");
            long staging = System.nanoTime();
            var staged = stager.stage(submission, exercise, RunnerInvocation.exerciseIn(work));
            phase(exercise, "stage", staging);
            if (staged.isEmpty()) {
                return ExerciseResults.withoutRun(exercise.id(), expected, Verdict.NOT_SUBMITTED,
                        "No " + (exercise.rubric().gradesStudentTests() ? "tests" : "code")
                                + " found for this exercise: expected " + (exercise.rubric().gradesStudentTests()
                                        ? "them" : "it") + " in exercises/" + exercise.id() + "/"
                                + exercise.submittedFolder() + " or " + exercise.id() + "/"
                                + exercise.submittedFolder() + ".",
                        "not run: nothing was submitted", List.of());
            }
            StagedExercise exerciseCopy = staged.get();
            // Checkstyle only parses, on this host: it runs while the sandbox does, not after it.
            styleReview = new FutureTask<>(() -> review(exercise, exerciseCopy));
            Thread.ofPlatform().daemon().name("amdahl-style-" + exercise.id()).start(styleReview);
            SandboxLimits limits = limitsFor(exercise);
            long seed = seeds.getAsLong();
            ExerciseResult result;
            if (exercise.rubric().gradesStudentTests()) {
                result = new SuiteRuns(sandbox, limits, seed).grade(exercise, compiled, exerciseCopy);
            } else {
                // The exercise's own tests only: hidden test classes never share a run whose output a student reads.
                Folders.copy(compiled.testClasses(), RunnerInvocation.testClassesIn(work));
                RunnerWatcher runner = new RunnerWatcher();
                long running = System.nanoTime();
                SandboxResult run = sandbox.run(new SandboxJob(exercise.id(), work,
                        RunnerInvocation.tests(exercise.settings().allows(), work, seed),
                        Map.of("amdahl.exercise", exercise.id()),
                        limits, runner));
                phase(exercise, "sandbox-run", running);
                // Every expected test: the hidden ones, which this run cannot report, stay "not run" unless their
                // own run reports them.
                result = RunInterpreter.interpret(exercise.id(), expected, runner, run, limits,
                        exerciseCopy.ignored());
                if (compiled.hidden().isPresent() && HiddenTestRun.worthRunning(result)) {
                    result = HiddenTestRun.combine(result, runHidden(submission, exercise, compiled, limits, seed));
                }
                if (timing != null && !exercise.rubric().speedup().cases().isEmpty()
                        && result.allBehaviourPassed()) {
                    result = result.withSpeedups(timing.time(exercise, work, limits));
                }
            }
            long reviewing = System.nanoTime();
            StyleReview style = styleOf(styleReview);
            phase(exercise, "style-after-sandbox", reviewing);
            return result.withProvenance(new ExerciseResult.Provenance(exerciseCopy.sourcesSha256(),
                    result.provenance().jdk(), compiled.rubricSha256(), seed))
                    .withStyle(style);
        } catch (SubmissionException e) {
            return ExerciseResults.withoutRun(exercise.id(), expected, Verdict.REJECTED, e.getMessage(),
                    "not run: the submission was rejected", List.of());
        } catch (SandboxException | IOException | StyleException e) {
            return ExerciseResults.withoutRun(exercise.id(), expected, Verdict.INTERNAL_ERROR,
                    "Not graded: " + e.getMessage() + " This is not your fault; the submission will be graded again.",
                    "not run: the grader failed", List.of());
        } finally {
            if (styleReview != null) {
                awaitQuietly(styleReview); // it reads the folder deleted next; it is done by now unless the run failed
            }
            Folders.delete(work);
        }
    }

    /** What a grading on another thread gave, once it is done; what it threw is thrown again as it was. */
    public static ExerciseResult resultOf(Future<ExerciseResult> grading)
            throws CourseException, InterruptedException {
        try {
            return grading.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case CourseException course -> throw course;
                case InterruptedException interrupted -> throw interrupted;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The style review that ran beside the sandbox, once it is done. */
    private static StyleReview styleOf(FutureTask<StyleReview> review) throws StyleException, InterruptedException {
        try {
            return review.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StyleException style) {
                throw style;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until a review that may still run has ended, whatever its outcome (Checkstyle's runs are short). */
    private static void awaitQuietly(FutureTask<StyleReview> review) {
        boolean interrupted = false;
        while (true) {
            try {
                review.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The hidden tests' own run: a fresh copy of the submission, and test classes that hold the hidden tests and the
     * helpers they need, never in the same container as the exercise's own run. Of its results, only the hidden
     * tests' count (the runner runs every test class it is given).
     */
    private ExerciseResult runHidden(Path submission, Exercise exercise, ExpectedTests.Compiled compiled,
            SandboxLimits limits, long seed) throws InterruptedException {
        List<PlannedTest> hiddenTests = compiled.hiddenTests();
        Path work = null;
        try {
            work = Files.createTempDirectory("amdahl-" + exercise.id() + "-hidden-");
            if (stager.stage(submission, exercise, RunnerInvocation.exerciseIn(work)).isEmpty()) {
                throw new IOException("the submission could not be staged again for the hidden tests");
            }
            Folders.copy(compiled.hidden().orElseThrow().testClasses(), RunnerInvocation.testClassesIn(work));
            RunnerWatcher runner = new RunnerWatcher();
            SandboxResult run = sandbox.run(new SandboxJob(exercise.id() + "-hidden", work,
                    RunnerInvocation.tests(exercise.settings().allows(), work, seed),
                    Map.of("amdahl.exercise", exercise.id(), "amdahl.run", "hidden-tests"), limits, runner));
            return RunInterpreter.interpret(exercise.id(), hiddenTests, runner, run, limits, List.of());
        } catch (SubmissionException | SandboxException | IOException e) {
            return ExerciseResults.withoutRun(exercise.id(), hiddenTests, Verdict.INTERNAL_ERROR,
                    "Not graded: the hidden tests' run failed: " + e.getMessage(), "not run: the grader failed",
                    List.of());
        } finally {
            Folders.delete(work);
        }
    }

    /**
     * The timing step of bulk grading, where timing runs in its own lane after every correctness job: times
     * {@code graded}'s speedup cases on a fresh copy of the submission. A result whose tests did not all pass gets
     * its cases as not timed, so its maximum still includes them.
     */
    public ExerciseResult timeSpeedups(Path submission, Exercise exercise, ExerciseResult graded, TimingLane lane)
            throws CourseException, InterruptedException {
        if (exercise.rubric().speedup().cases().isEmpty()) {
            return graded;
        }
        if (!graded.allBehaviourPassed()) {
            return ExerciseResults.notTimed(exercise, graded);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("amdahl-timing-" + exercise.id() + "-");
            if (stager.stage(submission, exercise, RunnerInvocation.exerciseIn(work)).isEmpty()) {
                return ExerciseResults.notTimed(exercise, graded);
            }
            Folders.copy(expectedTests.of(exercise).testClasses(), RunnerInvocation.testClassesIn(work));
            return graded.withSpeedups(lane.time(exercise, work, limitsFor(exercise)));
        } catch (SubmissionException | IOException e) {
            return ExerciseResults.notTimedByOurFault(exercise, graded, e.getMessage());
        } finally {
            Folders.delete(work);
        }
    }

    /** Checkstyle over the staged sources (the student's code, or tests): parsed on this host, never run here. */
    private StyleReview review(Exercise exercise, StagedExercise staged) throws StyleException {
        List<StyleFinding> findings = style.check(staged.directory().resolve(exercise.submittedFolder()));
        return new StyleReview(exercise.rubric().style().score(findings), staged.sourceFolder(),
                style.checkstyleVersion());
    }
}
