package dev.amdahl.grader.cli;

import dev.amdahl.grader.batch.BatchRefusal;
import dev.amdahl.grader.batch.BatchRun;
import dev.amdahl.grader.batch.BatchSettings;
import dev.amdahl.grader.batch.ProgressStyle;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.scoring.GradingTerms;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private CourseOptions course;

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
            description = "For git repositories: fetch each one and record its head commit with the time, "
                    + "grade nothing.")
    private boolean fetchOnly;

    @Mixin
    private GradingTermsOptions gradingTerms;

    @Mixin
    private HiddenTestsOption hidden;

    @Mixin
    private TimingOptions timing;

    @Mixin
    private SeedOption seed;

    @Mixin
    private LimitOptions limits;

    @Option(names = "--no-similarity", description = "Leave the similarity check (JPlag) out of the class report.")
    private boolean noSimilarity;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            converter = Converters.ProgressStyleConverter.class,
            description = "bar (redrawn in place), lines (one per submission, for logs), none, or auto: a bar on a "
                    + "terminal, lines otherwise (default).")
    private ProgressStyle progress;

    @Mixin
    private ImageOption image;

    @Override
    public Integer call() throws Exception {
        if (workers < 0) {
            throw new CommandFailure.Usage("--workers must be 1 or more.");
        }
        timing.validate();
        limits.validate();
        if (fetchOnly && (regradeAll || regradeIncomplete || !regrade.isEmpty())) {
            throw new CommandFailure.Usage("--fetch-only grades nothing, so it takes no --regrade options.");
        }
        try (ExpectedTests expectedTests = hidden.expectedTests()) {
            List<Exercise> selected = course.selectCompiled(expectedTests);
            GradingTerms terms = gradingTerms.terms(course.root());
            timing.requireSolutions(course, selected);
            BatchSettings settings = new BatchSettings(input, out, course.root(), selected, workers,
                    Set.copyOf(formats), assignment, regrade, regradeAll, regradeIncomplete,
                    Optional.ofNullable(deadline), fetchOnly, terms, hidden.hidden(), timing.timing(), seed.seed(),
                    limits.timeout(), limits.memory(), noSimilarity, progress);
            CompositionRoot.Setup setup = CompositionRoot.Setup.of(SandboxKind.DOCKER, image, limits, seed, timing,
                    course);
            Clock clock = Clock.systemUTC();
            BatchRun run = new BatchRun(settings, expectedTests, CompositionRoot.batchTools(setup, expectedTests,
                    clock), VersionProvider.version(), spec.commandLine().getOut(), spec.commandLine().getErr(), clock);
            try {
                return run.run() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
            } catch (BatchRefusal refusal) {
                throw switch (refusal.kind()) {
                    case USAGE -> new CommandFailure.Usage(refusal.getMessage());
                    case UNUSABLE_INPUT -> new CommandFailure.InvalidInput(refusal.getMessage());
                    case NO_SANDBOX -> new CommandFailure.SandboxUnavailable(refusal.getMessage(), refusal.details());
                };
            }
        }
    }
}
