package dev.amdahl.grader.cli;

import dev.amdahl.grader.batch.GradingTools;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.sandbox.DockerSandbox;
import dev.amdahl.grader.sandbox.LocalProcessSandbox;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxImage;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grader.timing.TimingLane;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The composition root: the one place that builds the sandbox, the grader and the timing lane for every command,
 * and the only class that names the concrete sandboxes.
 */
final class CompositionRoot {

    /** The variable that declares a machine disposable, for the local sandbox (a constant, for help texts). */
    static final String DISPOSABLE_VARIABLE = LocalProcessSandbox.DISPOSABLE_VARIABLE;

    /**
     * What a command asks of grading.
     *
     * @param kind        where students' code runs
     * @param baseImage   the JDK image the Docker sandbox is built on
     * @param overrides   the limits set over the exercises' own
     * @param seed        the tests' seed, else a new one each time
     * @param timedAgainst the reference solutions speedups are timed against, with {@code --timing}
     * @param timingCpus  the CPUs to time on, else all the sandbox has
     */
    record Setup(SandboxKind kind, String baseImage, Grader.Overrides overrides, Optional<Long> seed,
            Optional<Path> timedAgainst, OptionalInt timingCpus) {

        /** What the shared options ask for. */
        static Setup of(SandboxKind kind, ImageOption image, LimitOptions limits, SeedOption seed,
                TimingOptions timing, CourseOptions course) {
            return new Setup(kind, image.baseImage(), limits.overrides(), seed.seed(),
                    timing.timing() ? Optional.of(course.solutions()) : Optional.empty(), timing.cpus());
        }

        /** The Docker sandbox with the exercises' own limits, a new seed each time and no timing. */
        static Setup plain(String baseImage) {
            return new Setup(SandboxKind.DOCKER, baseImage, Grader.Overrides.none(), Optional.empty(),
                    Optional.empty(), OptionalInt.empty());
        }
    }

    private CompositionRoot() {
    }

    /**
     * Refuses a sandbox that may not run here, before anything else is done: on an ordinary machine
     * {@code --sandbox local} is a wrong option, not a failure of the grader.
     */
    static void requireUsable(SandboxKind kind) throws SandboxException {
        if (kind == SandboxKind.LOCAL) {
            LocalProcessSandbox.requireDisposableMachine();
        }
    }

    static Sandbox openSandbox(Setup setup) throws SandboxException {
        return switch (setup.kind()) {
            case DOCKER -> DockerSandbox.start(SandboxImage.bundled(setup.baseImage()));
            case LOCAL -> LocalProcessSandbox.start();
        };
    }

    /** A grader in {@code sandbox}, with the timing lane when the setup times speedups. */
    static Grader grader(Setup setup, Sandbox sandbox, ExpectedTests expectedTests, Clock clock) {
        SubmissionStager stager = stager();
        // One submission's exercises side by side, as many as the sandbox runs well at once; a batch's workers are its
        // parallelism instead, so its graders grade one exercise at a time.
        Grader grader = newGrader(setup, sandbox, stager, expectedTests, clock)
                .withExercisesAtOnce(sandbox.jobsAtOnce());
        timingLane(setup, sandbox, stager).ifPresent(grader::withTiming);
        return grader;
    }

    /** Opens a batch's tools: one sandbox, a grader per worker, the timing lane. */
    static GradingTools.Opener batchTools(Setup setup, ExpectedTests expectedTests, Clock clock) {
        return () -> {
            Sandbox sandbox = openSandbox(setup);
            SubmissionStager stager = stager();
            Supplier<Grader> graders = () -> newGrader(setup, sandbox, stager, expectedTests, clock);
            return new GradingTools(sandbox, graders, timingLane(setup, sandbox, stager));
        };
    }

    /** How a submission's exercises are staged, with the usual size limits. */
    static SubmissionStager stager() {
        return new SubmissionStager(SubmissionStager.Limits.defaults());
    }

    /** The runner jar this grader was built with, for a bundle that installs it. */
    static byte[] bundledRunnerJar() throws SandboxException {
        return LocalProcessSandbox.bundledRunnerJar();
    }

    private static Grader newGrader(Setup setup, Sandbox sandbox, SubmissionStager stager,
            ExpectedTests expectedTests, Clock clock) {
        return setup.seed().map(seed -> new Grader(sandbox, stager, expectedTests, SandboxLimits.defaults(),
                setup.overrides(), clock, VersionProvider.version(), seed))
                .orElseGet(() -> new Grader(sandbox, stager, expectedTests, SandboxLimits.defaults(),
                        setup.overrides(), clock, VersionProvider.version()));
    }

    /** The one construction of the timing lane. */
    private static Optional<TimingLane> timingLane(Setup setup, Sandbox sandbox, SubmissionStager stager) {
        return setup.timedAgainst().map(solutions -> new TimingLane(sandbox, stager, solutions,
                setup.timingCpus().orElseGet(sandbox::cpus)));
    }
}
