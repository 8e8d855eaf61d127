package dev.amdahl.grader.timing;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.SpeedupRubric;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.runner.RunnerInvocation;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxJob;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.submission.StagedExercise;
import dev.amdahl.grader.submission.SubmissionException;
import dev.amdahl.grader.submission.SubmissionStager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The timing lane: times a submission's parallel versions against the reference solution's, in the sandbox. Each
 * side runs in a container of its own (the reference never shares a JVM or a container with student code), both
 * from the same image, pinned to the same CPUs with no CPU quota, their JVMs told how many processors they have;
 * the side that is not being timed is frozen. Nothing else of this grader runs meanwhile: exercises are graded
 * one after another, and the lane runs after the exercise's tests have finished.
 */
public final class TimingLane {

    /** Compiling and loading a side: javac's own limit, and a margin. */
    static final Duration READY_LIMIT = Duration.ofSeconds(120);
    /** One run of a side: the cases take about a second sequentially, so this is a program that does not end. */
    static final Duration RUN_LIMIT = Duration.ofSeconds(60);
    /** A whole session, retries included. */
    static final Duration SESSION_LIMIT = Duration.ofMinutes(20);

    private final Sandbox sandbox;
    private final SubmissionStager stager;
    private final Path solutions;
    private final int cores;
    private final LongSupplier seeds;

    /**
     * @param solutions the course's {@code solutions/} folder: the reference of exercise X is in solutions/X
     * @param cores     the CPUs both sides run on (CPUs 0 to cores - 1)
     */
    public TimingLane(Sandbox sandbox, SubmissionStager stager, Path solutions, int cores) {
        this(sandbox, stager, solutions, cores, new SecureRandom()::nextLong);
    }

    TimingLane(Sandbox sandbox, SubmissionStager stager, Path solutions, int cores, LongSupplier seeds) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be 1 or more");
        }
        this.sandbox = sandbox;
        this.stager = stager;
        this.solutions = solutions;
        this.cores = cores;
        this.seeds = seeds;
    }

    /** The CPUs the lane pins both sides to. */
    public int cores() {
        return cores;
    }

    /**
     * Times every case of {@code exercise}'s rubric.
     *
     * @param studentWork the folder the tests ran from: {@code exercise/} (the staged submission) and
     *                    {@code test-classes/} (the course's compiled tests)
     * @param limits      the exercise's sandbox limits (memory, processes); the wall clock is the lane's own
     */
    public List<SpeedupResult> time(Exercise exercise, Path studentWork, SandboxLimits limits)
            throws InterruptedException {
        SpeedupRubric rubric = exercise.rubric().speedup();
        List<SpeedupResult> results = new ArrayList<>();
        Path referenceWork = null;
        try {
            referenceWork = stageReference(exercise, studentWork);
            for (SpeedupRubric.Case timed : rubric.cases()) {
                results.add(time(exercise, timed, rubric, studentWork, referenceWork, limits));
            }
        } catch (IOException | SubmissionException e) {
            for (SpeedupRubric.Case timed : rubric.cases().subList(results.size(), rubric.cases().size())) {
                results.add(internal(timed, "the reference solution could not be staged: " + e.getMessage()));
            }
        } finally {
            Folders.delete(referenceWork);
        }
        return results;
    }

    private Path stageReference(Exercise exercise, Path studentWork) throws IOException, SubmissionException {
        if (!Files.isDirectory(solutions.resolve(exercise.id()))) {
            throw new IOException("there is no " + solutions.resolve(exercise.id()));
        }
        Path work = Files.createTempDirectory("amdahl-reference-" + exercise.id() + "-");
        Optional<StagedExercise> staged = stager.stage(solutions, exercise, RunnerInvocation.exerciseIn(work));
        if (staged.isEmpty()) {
            Folders.delete(work);
            throw new IOException("no code in " + solutions.resolve(exercise.id()));
        }
        Folders.copy(RunnerInvocation.testClassesIn(studentWork), RunnerInvocation.testClassesIn(work));
        return work;
    }

    private SpeedupResult time(Exercise exercise, SpeedupRubric.Case timed, SpeedupRubric rubric, Path studentWork,
            Path referenceWork, SandboxLimits limits) throws InterruptedException {
        Optional<String> className = caseClass(RunnerInvocation.testClassesIn(studentWork), timed.className());
        if (className.isEmpty()) {
            return internal(timed, "the rubric names the speedup case " + timed.className()
                    + ", but the exercise's tests have no such class.");
        }
        SandboxLimits sessionLimits = limits.withWallClock(SESSION_LIMIT);
        TimingWatcher referenceEvents = new TimingWatcher();
        TimingWatcher studentEvents = new TimingWatcher();
        String cpuset = cores == 1 ? "0" : "0-" + (cores - 1);
        try (SandboxTimedSide reference = new SandboxTimedSide(sandbox.open(job(exercise, "reference", referenceWork,
                        className.get(), referenceEvents, sessionLimits), cpuset), referenceEvents, true, RUN_LIMIT);
                SandboxTimedSide student = new SandboxTimedSide(sandbox.open(job(exercise, "student", studentWork,
                        className.get(), studentEvents, sessionLimits), cpuset), studentEvents, false, RUN_LIMIT)) {
            var ready = reference.awaitReady(READY_LIMIT);
            student.awaitReady(READY_LIMIT);
            int size = rubric.size().orElse(ready.defaultSize());
            TimingPlan plan = new TimingPlan(size, rubric.warmups(), rubric.trials(), 3);
            TimingPolicy policy = new TimingPolicy(timed.points(), rubric.fullAt(), rubric.floorAt(),
                    rubric.maxSpread(), rubric.retries(), 2, rubric.referenceGain());
            SpeedupTrials.Outcome outcome = new SpeedupTrials(reference, student, plan, seeds).measure(policy, cores);
            return result(timed, ready.caseName(), policy, outcome);
        } catch (TimingException e) {
            return switch (e.kind()) {
                case INTERNAL -> internal(timed, e.getMessage());
                case FAILED, WRONG_ANSWER, TOO_SLOW -> SpeedupResult.unmeasured(timed.className(), timed.className(),
                        timed.points(), SpeedupResult.Status.FAILED, e.getMessage());
            };
        } catch (SandboxException e) {
            return internal(timed, e.getMessage());
        }
    }

    private SandboxJob job(Exercise exercise, String side, Path work, String caseClass, TimingWatcher events,
            SandboxLimits limits) {
        return new SandboxJob(exercise.id() + "-timing-" + side, work,
                RunnerInvocation.timing(exercise.settings().allows(), caseClass, cores),
                Map.of("amdahl.exercise", exercise.id(), "amdahl.timing", side), limits, events);
    }

    /** The binary name of the test class {@code name} (simple or qualified), if the compiled tests have it. */
    static Optional<String> caseClass(Path testClasses, String name) {
        String file = name.substring(name.lastIndexOf('.') + 1) + ".class";
        try (Stream<Path> walk = Files.walk(testClasses)) {
            return walk.filter(p -> p.getFileName().toString().equals(file))
                    .map(p -> testClasses.relativize(p).toString().replace('\\', '/').replace('/', '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !name.contains(".") || n.equals(name))
                    .sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static SpeedupResult result(SpeedupRubric.Case timed, String name, TimingPolicy policy,
            SpeedupTrials.Outcome outcome) {
        return switch (outcome.verdict()) {
            case SpeedupVerdict.Scored scored -> new SpeedupResult(timed.className(), name, timed.points(),
                    round(scored.points()), SpeedupResult.Status.SCORED, scored.measurement().explain() + " "
                            + rule(policy), Optional.of(scored.measurement()), outcome.scaling(), scored.attempts());
            case SpeedupVerdict.Inconclusive inconclusive -> new SpeedupResult(timed.className(), name, timed.points(),
                    0, SpeedupResult.Status.INCONCLUSIVE, String.format(Locale.ROOT, "The timings were too noisy to"
                            + " decide: %d attempts, and the last one's trials still spread %.0f %% (at most %.0f %%"
                            + " decides). Your instructor will look at them; this is not a zero.",
                            inconclusive.attempts(), 100 * inconclusive.measurement().spread(),
                            100 * policy.maxSpread()), Optional.of(inconclusive.measurement()), List.of(),
                    inconclusive.attempts());
            // Remembering earlier calls is the student's to fix (0); other doubts go to a human, never a silent zero.
            case SpeedupVerdict.Refused refused -> new SpeedupResult(timed.className(), name, timed.points(), 0,
                    refused.doubt() == SpeedupVerdict.Doubt.REMEMBERS_EARLIER_CALLS ? SpeedupResult.Status.FAILED
                            : SpeedupResult.Status.INCONCLUSIVE, refused.message(),
                    Optional.of(refused.measurement()), List.of(), refused.attempts());
            case SpeedupVerdict.NotApplicable na -> SpeedupResult.unmeasured(timed.className(), name, timed.points(),
                    SpeedupResult.Status.NOT_APPLICABLE, na.reason());
        };
    }

    private static String rule(TimingPolicy policy) {
        return String.format(Locale.ROOT, "Full points from %.0f %% of the reference's speedup, none below %.0f %%.",
                100 * policy.fullAt(), 100 * policy.floorAt());
    }

    private static SpeedupResult internal(SpeedupRubric.Case timed, String why) {
        return SpeedupResult.unmeasured(timed.className(), timed.className(), timed.points(),
                SpeedupResult.Status.INTERNAL_ERROR, "Not graded: " + why + " This is not your fault; the speedup"
                        + " will be timed again.");
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
