package dev.amdahl.grader.cli;

import dev.amdahl.grader.batch.BatchExports;
import dev.amdahl.grader.batch.BatchGrader;
import dev.amdahl.grader.batch.BatchProgress;
import dev.amdahl.grader.batch.BatchSummary;
import dev.amdahl.grader.batch.ExportSettings;
import dev.amdahl.grader.batch.LineProgress;
import dev.amdahl.grader.batch.SimilaritySources;
import dev.amdahl.grader.batch.TerminalProgress;
import dev.amdahl.grader.classreport.SimilarityResult;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.gradebook.Gradebook;
import dev.amdahl.grader.gradebook.GradebookException;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.intake.BatchInput;
import dev.amdahl.grader.intake.Candidate;
import dev.amdahl.grader.intake.GitSource;
import dev.amdahl.grader.intake.Intake;
import dev.amdahl.grader.intake.IntakeException;
import dev.amdahl.grader.intake.IntakeLimits;
import dev.amdahl.grader.intake.Materializer;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.intake.UnusableSubmissionException;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.sandbox.DockerSandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxImage;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.LatePolicy;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grader.timing.TimingLane;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Grades a whole class: every submission in INPUT, several at once, each in its own containers, into a "
                    + "gradebook (OUT/gradebook.sqlite) and files for the LMS (OUT/grades-canvas.csv, "
                    + "OUT/grades-moodle.csv), feedback per student (OUT/students/<id>/) and a class report "
                    + "(OUT/class-report.html).",
            "",
            "Stopped at any point (even killed), the same command resumes where it stopped; run again after it "
                    + "ended, it grades only what is new and writes the files again.",
            "",
            "Exit codes: 0 every submission has its final result (any score; an unusable upload counts, its "
                    + "result says why), 1 some could not be graded completely (our fault: see the summary), 2 bad "
                    + "command line, 3 no Docker engine or sandbox image, 4 the input, course or output folder is "
                    + "unusable."},
        sortOptions = false)
final class BatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A folder of submission folders; a folder of archives (an LMS download: Canvas, Moodle, "
                    + "Blackboard; student ids come from the file names); a zip of zips; or a text file listing git "
                    + "repositories, one per line (URL or path, optionally a commit).")
    private Path input;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The batch's folder: its gradebook, copies of what was graded, and the exports. Use the "
                    + "same folder to resume or regrade.")
    private Path out;

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository (default: the current folder).")
    private Path course;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Grade only this exercise (repeat for more; default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = {"-j", "--workers"}, paramLabel = "N",
            description = "How many submissions to grade at once (default: one per CPU).")
    private int workers;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "More formats per student, besides json, markdown and html: ${COMPLETION-CANDIDATES}.")
    private List<ReportFormat> formats = new ArrayList<>();

    @Option(names = "--assignment", paramLabel = "NAME", defaultValue = "Amdahl",
            description = "The assignment's name as the LMS has it: the CSVs' grade column and the class report's "
                    + "title (default: ${DEFAULT-VALUE}).")
    private String assignment;

    @Option(names = "--regrade", paramLabel = "STUDENT",
            description = "Grade this student again (repeat for more); the earlier result is kept as history.")
    private List<String> regrade = new ArrayList<>();

    @Option(names = "--regrade-all", description = "Grade every submission again; earlier results are kept as history.")
    private boolean regradeAll;

    @Option(names = "--regrade-incomplete",
            description = "Grade again every submission that failed internally or whose input was unusable.")
    private boolean regradeIncomplete;

    @Option(names = "--deadline", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "For git repositories: grade the commit the grader saw at this time (with its offset, e.g. "
                    + "2026-12-02T23:59:00+01:00). Commit dates are set by students, so the grader trusts only its "
                    + "own fetches: run with --fetch-only at the deadline (cron), then grade later.")
    private Instant deadline;

    @Option(names = "--fetch-only",
            description = "For git repositories: fetch each one and record its head commit with the time, grade nothing.")
    private boolean fetchOnly;

    @Option(names = "--late-policy", paramLabel = "FILE",
            description = "The late policy, applied where the grader knows when the work was submitted (git "
                    + "repositories; an LMS applies its own to its uploads). Default: the course's "
                    + LatePolicy.FILE + ", if it has one.")
    private Path latePolicy;

    @Option(names = "--hidden", description = "Also run the course's hidden tests.")
    private boolean hidden;

    @Option(names = "--release-hidden", description = "Show the hidden tests' messages to students.")
    private boolean releaseHidden;

    @Option(names = "--timing",
            description = "Also time the parallel versions against the reference solutions, in a lane of its own "
                    + "after all correctness grading, one submission at a time on every CPU.")
    private boolean timing;

    @Option(names = "--timing-cpus", paramLabel = "N", description = "With --timing: the CPUs to time on.")
    private Integer timingCpus;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for the tests' random inputs, the same for every submission (default: a new one per "
                    + "exercise and submission, recorded in its result).")
    private Long seed;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Wall-clock limit for the tests of each exercise, e.g. 90s.")
    private Duration timeout;

    @Option(names = "--memory", paramLabel = "SIZE", converter = Converters.ByteSizeConverter.class,
            description = "Memory limit per exercise, e.g. 512m.")
    private Long memory;

    @Option(names = "--no-similarity", description = "Leave the similarity check (JPlag) out of the class report.")
    private boolean noSimilarity;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "bar (redrawn in place), lines (one per submission, for logs), none, or auto: a bar on a "
                    + "terminal, lines otherwise (default).")
    private String progressStyle;

    @Option(names = "--base-image", paramLabel = "IMAGE", defaultValue = "${env:AMDAHL_BASE_IMAGE:-"
            + SandboxImage.DEFAULT_BASE + "}",
            description = "JDK 21 image the sandbox is built on (default: $AMDAHL_BASE_IMAGE, else ${DEFAULT-VALUE}).")
    private String baseImage;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> misuse = misuse();
        if (misuse.isPresent()) {
            err.println("amdahl batch: " + misuse.get());
            return ExitCodes.USAGE;
        }
        try (ExpectedTests expectedTests = new ExpectedTests(hidden)) {
            return run(spec.commandLine().getOut(), err, expectedTests);
        }
    }

    private Optional<String> misuse() {
        if (workers < 0) {
            return Optional.of("--workers must be 1 or more.");
        }
        if (timingCpus != null && (!timing || timingCpus < 1)) {
            return Optional.of("--timing-cpus goes with --timing and must be 1 or more.");
        }
        if (memory != null && memory < 256 * SandboxLimits.MIB) {
            return Optional.of("--memory must be at least 256m.");
        }
        if (!List.of("auto", "bar", "lines", "none").contains(progressStyle)) {
            return Optional.of("--progress is one of auto, bar, lines, none.");
        }
        if (fetchOnly && (regradeAll || regradeIncomplete || !regrade.isEmpty())) {
            return Optional.of("--fetch-only grades nothing, so it takes no --regrade options.");
        }
        return Optional.empty();
    }

    private int run(PrintWriter print, PrintWriter err, ExpectedTests expectedTests) throws Exception {
        List<Exercise> selected;
        Optional<LatePolicy> policy;
        try {
            selected = Course.load(course).select(exercises);
            for (Exercise exercise : selected) {
                expectedTests.of(exercise);
            }
            policy = latePolicy();
        } catch (UnknownExerciseException e) {
            err.println("amdahl batch: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (CourseException e) {
            err.println("amdahl batch: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (timing && selected.stream().anyMatch(e -> !e.rubric().speedup().cases().isEmpty()
                && !Files.isDirectory(course.resolve("solutions").resolve(e.id())))) {
            err.println("amdahl batch: --timing times students against the reference solutions, and "
                    + course.resolve("solutions") + " lacks some: grade from the instructor's course repository.");
            return ExitCodes.INVALID_INPUT;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("amdahl batch: cannot use " + out + " as the output folder (" + e.getMessage()
                    + "). Give a folder you can write to.");
            return ExitCodes.INVALID_INPUT;
        }
        try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(out.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                err.println("amdahl batch: another amdahl batch is using " + out + " right now. Wait for it to end "
                        + "(or stop it: the same command resumes its work later).");
                return ExitCodes.INVALID_INPUT;
            }
            return locked(print, err, selected, expectedTests, policy);
        }
    }

    /** The lock, or null when another batch holds it (in another process, or in this one). */
    private static java.nio.channels.FileLock tryLock(java.nio.channels.FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    /** The run itself, while this process alone uses the output folder (the OS frees the lock even on kill -9). */
    private int locked(PrintWriter print, PrintWriter err, List<Exercise> selected, ExpectedTests expectedTests,
            Optional<LatePolicy> policy) throws Exception {
        Path scratch = out.resolve(".scratch");
        dev.amdahl.grader.io.Folders.delete(scratch); // a class archive unpacked by an earlier run: copies are kept
        Intake intake;
        try {
            intake = BatchInput.discover(input, scratch, IntakeLimits.defaults());
        } catch (IntakeException e) {
            err.println("amdahl batch: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        intake.warnings().forEach(w -> err.println("note: " + w));
        Clock clock = Clock.systemUTC();
        try (Gradebook book = Gradebook.open(out.resolve("gradebook.sqlite"), clock)) {
            book.settings().check(settings(selected, expectedTests, policy));
            Materializer materializer = new Materializer(IntakeLimits.defaults(), Optional.ofNullable(deadline),
                    book.fetchLog(), clock);
            if (fetchOnly) {
                return fetch(print, err, intake, materializer);
            }
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            for (Candidate candidate : intake.candidates()) {
                candidates.put(candidate.registration().student(), candidate);
            }
            int added = book.queue().register(intake.candidates().stream().map(Candidate::registration).toList());
            int resumed = book.queue().resumeInterrupted();
            if (resumed > 0) {
                print.println("Resuming: " + resumed + (resumed == 1 ? " submission was" : " submissions were")
                        + " being graded when the last run stopped; grading " + (resumed == 1 ? "it" : "them")
                        + " again.");
            }
            List<String> regraded = requestRegrades(book, candidates.keySet());
            print.println(intake.candidates().size() + " submissions in " + input + " (" + added + " new); "
                    + book.queue().counts().getOrDefault(SubmissionState.PENDING, 0) + " to grade.");
            int exit = grade(print, err, book, selected, expectedTests, policy, materializer, candidates, regraded,
                    clock);
            if (exit != ExitCodes.OK && exit != ExitCodes.INTERNAL_ERROR) {
                return exit;
            }
            SimilarityResult similarity = noSimilarity ? SimilarityResult.skipped("the similarity check was "
                    + "switched off (--no-similarity).")
                    : SimilaritySources.compare(book.results().entries(), out.resolve("submissions"), selected,
                            new SubmissionStager(SubmissionStager.Limits.defaults()));
            EnumSet<ReportFormat> chosen = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class)
                    : EnumSet.copyOf(formats);
            new ExportSettings(assignment, chosen, course.toAbsolutePath().normalize(), selected.stream()
                    .map(Exercise::id).toList(), noSimilarity).save(out);
            BatchExports.Written written = BatchExports.write(book.results().entries(), out, chosen, assignment,
                    similarity, clock.instant());
            written.files().forEach(line -> print.println("wrote " + line));
            written.notWritten().forEach(line -> print.println("did not write " + line));
            written.warnings().forEach(warning -> err.println("warning: " + warning));
            BatchSummary summary = BatchSummary.of(book.results().entries());
            print.print(summary.text());
            print.flush();
            return summary.complete() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        } catch (GradebookException e) {
            err.println("amdahl batch: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
    }

    /** The correctness and timing lanes, with a sandbox only when something is left to grade. */
    private int grade(PrintWriter print, PrintWriter err, Gradebook book, List<Exercise> selected,
            ExpectedTests expectedTests, Optional<LatePolicy> policy, Materializer materializer,
            Map<String, Candidate> candidates, List<String> regraded, Clock clock) throws Exception {
        boolean work = book.queue().counts().getOrDefault(SubmissionState.PENDING, 0) > 0
                || (timing && !book.queue().awaitingTiming().isEmpty());
        if (!work) {
            return ExitCodes.OK;
        }
        try (DockerSandbox sandbox = DockerSandbox.start(SandboxImage.bundled(baseImage))) {
            SubmissionStager stager = new SubmissionStager(SubmissionStager.Limits.defaults());
            Grader.Overrides overrides = new Grader.Overrides(timeout, memory);
            java.util.function.Supplier<Grader> graders = () -> seed == null
                    ? new Grader(sandbox, stager, expectedTests, SandboxLimits.defaults(), overrides, clock,
                            VersionProvider.version())
                    : new Grader(sandbox, stager, expectedTests, SandboxLimits.defaults(), overrides, clock,
                            VersionProvider.version(), seed);
            Optional<TimingLane> lane = timing ? Optional.of(new TimingLane(sandbox, stager, course.resolve("solutions"),
                    timingCpus != null ? timingCpus : sandbox.cpus())) : Optional.empty();
            int count = workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
            BatchGrader.Plan plan = new BatchGrader.Plan(selected, count, lane, policy,
                    new Disclosure(false, releaseHidden));
            BatchGrader batch = new BatchGrader(book, out.resolve("submissions"), materializer, graders,
                    expectedTests, plan, progress(err), clock, VersionProvider.version());
            for (String student : regraded) {
                batch.forgetCopy(student);
            }
            print.println("Grading with " + count + (count == 1 ? " worker" : " workers") + " in " + sandbox.describe()
                    + (timing ? "; then timing, one at a time" : "") + ".");
            print.flush();
            batch.run(candidates);
            return ExitCodes.OK;
        } catch (SandboxException e) {
            err.println("amdahl batch: " + e.getMessage());
            err.println("Nothing was lost: run the same command again once Docker works; it resumes.");
            return ExitCodes.SANDBOX_UNAVAILABLE;
        }
    }

    /** Marks the regrades asked for; returns the students whose input should be read again (they are in it). */
    private List<String> requestRegrades(Gradebook book, java.util.Set<String> inInput) throws GradebookException {
        List<String> again = new ArrayList<>();
        if (regradeAll) {
            book.results().entries().forEach(e -> again.add(e.student()));
            book.queue().requestRegradeAll();
        } else if (regradeIncomplete) {
            book.results().entries().stream().filter(e -> e.state() == SubmissionState.INCOMPLETE
                    || e.state() == SubmissionState.UNUSABLE).forEach(e -> again.add(e.student()));
            book.queue().requestRegradeIncomplete();
        }
        for (String student : regrade) {
            book.queue().requestRegrade(student);
            again.add(student);
        }
        return again.stream().filter(inInput::contains).distinct().toList();
    }

    private int fetch(PrintWriter print, PrintWriter err, Intake intake, Materializer materializer) {
        int fetched = 0;
        int failed = 0;
        for (Candidate candidate : intake.candidates()) {
            if (!(candidate.source() instanceof GitSource git)) {
                continue;
            }
            try {
                var seen = materializer.observe(git);
                print.println(candidate.registration().student() + ": " + seen.commit() + " at " + seen.at());
                fetched++;
            } catch (UnusableSubmissionException e) {
                err.println(candidate.registration().student() + ": " + e.getMessage());
                failed++;
            }
        }
        print.println("Recorded the head of " + fetched + (fetched == 1 ? " repository" : " repositories")
                + (failed > 0 ? "; " + failed + " could not be fetched" : "") + ".");
        if (fetched == 0 && failed == 0) {
            err.println("amdahl batch: --fetch-only is for a list of git repositories, and " + input + " has none.");
            return ExitCodes.USAGE;
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    private Map<String, String> settings(List<Exercise> selected, ExpectedTests expectedTests,
            Optional<LatePolicy> policy) throws CourseException {
        Map<String, String> settings = new TreeMap<>();
        for (Exercise exercise : selected) {
            settings.put("exercise " + exercise.id(), expectedTests.of(exercise).rubricSha256());
        }
        settings.put("hidden tests", Boolean.toString(hidden));
        settings.put("timing", Boolean.toString(timing));
        settings.put("seed", seed == null ? "a new one each time" : seed.toString());
        settings.put("timeout", timeout == null ? "the exercises'" : timeout.toString());
        settings.put("memory", memory == null ? "the exercises'" : memory.toString());
        settings.put("deadline", deadline == null ? "none" : deadline.toString());
        settings.put("late policy", policy.map(LatePolicy::toString).orElse("none"));
        return settings;
    }

    private Optional<LatePolicy> latePolicy() throws CourseException {
        if (latePolicy != null) {
            if (!Files.isRegularFile(latePolicy)) {
                throw new CourseException("--late-policy " + latePolicy + ": no such file.");
            }
            return Optional.of(LatePolicy.load(latePolicy));
        }
        Path standard = course.resolve(LatePolicy.FILE);
        return Files.isRegularFile(standard) ? Optional.of(LatePolicy.load(standard)) : Optional.empty();
    }

    private BatchProgress progress(PrintWriter err) {
        String style = progressStyle;
        if (style.equals("auto")) {
            style = onTerminal() ? "bar" : "lines";
        }
        return switch (style) {
            case "bar" -> new TerminalProgress(System.err);
            case "lines" -> new LineProgress(err);
            default -> BatchProgress.none();
        };
    }

    /** True on an interactive terminal: Java 22 and later also give a console when output is redirected. */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is a terminal
        }
    }
}
