package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.report.ConsoleReport;
import dev.amdahl.grader.report.JsonReport;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.report.Reports;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.scoring.ExerciseResults;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.GradingTerms;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Grades one student's copy: each exercise's code (its src/main/java) is compiled and tested with the "
                    + "course's own tests in a fresh Docker container (no network, limited memory, processes and "
                    + "time), and a points table is printed per exercise.",
            "",
            "The exit code says whether grading worked, not whether the student passed: 0 graded (any score), "
                    + "1 some exercise could not be graded (our fault), 2 bad command line, 3 no Docker engine or "
                    + "sandbox image, 4 the submission or course folder is unusable."},
        sortOptions = false)
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBMISSION",
            description = "The student's copy: a folder with exercises/<exercise>/src/main/java "
                    + "(or <exercise>/src/main/java). Their build files and tests are ignored.")
    private Path submission;

    @Mixin
    private CourseOptions course;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    private Path json;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "Also write the result in these formats (repeat, or separate with commas): "
                    + "${COMPLETION-CANDIDATES}. json: Amdahl's own (result.json); gradescope: Gradescope's "
                    + "results.json; classroom: GitHub Classroom's runner result, base64 (classroom-result.b64); "
                    + "classroom50: the scores of Classroom 50's result.json, in whole points (classroom50.json); "
                    + "junit: JUnit XML (junit.xml); markdown: feedback for the student (feedback.md); html: the same "
                    + "feedback as a self-contained web page (feedback.html); sarif: the style findings for GitHub "
                    + "code scanning (style.sarif).")
    private List<ReportFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "amdahl-results",
            description = "Folder for the --format files (default: ${DEFAULT-VALUE}).")
    private Path outFolder;

    @Mixin
    private ImageOption image;

    @Option(names = "--sandbox", paramLabel = "KIND", defaultValue = "docker",
            converter = Converters.SandboxKindConverter.class,
            description = "Where the code runs: docker (the default: a fresh locked-down container per exercise) or "
                    + "local (plain processes as an unprivileged user, for a disposable machine without Docker such as "
                    + "Gradescope's autograder container; needs root and " + CompositionRoot.DISPOSABLE_VARIABLE
                    + "=yes, and cannot time speedups).")
    private SandboxKind sandboxKind;

    @Mixin
    private LimitOptions limits;

    @Mixin
    private HiddenTestsOption hidden;

    @Mixin
    private GradingTermsOptions gradingTerms;

    @Option(names = "--submitted-at", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "When the student submitted, with its offset, e.g. 2026-12-02T10:15:00+01:00 (from the LMS "
                    + "or the recorded push time; never a commit date, which students set). Needed with a late policy.")
    private Instant submittedAt;

    @Option(names = "--student", paramLabel = "ID",
            description = "Who submitted, to apply their extension from the late policy.")
    private String student;

    @Mixin
    private SeedOption seed;

    @Mixin
    private TimingOptions timing;

    @Override
    public Integer call() throws Exception {
        if (timing.timing() && sandboxKind == SandboxKind.LOCAL) {
            throw new CommandFailure.Usage("--timing needs the Docker sandbox: the local one cannot pin runs to CPUs. "
                    + "Leave out --timing, or use --sandbox docker.");
        }
        try {
            CompositionRoot.requireUsable(sandboxKind);
        } catch (SandboxException e) {
            throw new CommandFailure.Usage(e.getMessage());
        }
        if (!Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailure.InvalidInput(submission + " is not a folder. Give the folder of the student's "
                    + "copy (the one that contains exercises/ or the exercise folders).");
        }
        try (ExpectedTests expectedTests = hidden.expectedTests()) {
            return grade(expectedTests);
        }
    }

    private int grade(ExpectedTests expectedTests) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Exercise> selected = course.selectCompiled(expectedTests);
        GradingTerms terms = gradingTerms.terms(course.root());
        if (terms.policy().isPresent() && submittedAt == null) {
            throw new CommandFailure.Usage("the course has a late policy, so grading needs to know when the work was "
                    + "submitted: add --submitted-at (e.g. --submitted-at 2026-12-02T10:15:00+01:00).");
        }
        timing.validate();
        timing.requireSolutions(course, selected);
        limits.validate();
        CompositionRoot.Setup setup = CompositionRoot.Setup.of(sandboxKind, image, limits, seed, timing, course);
        String name = submission.toString();
        Clock clock = Clock.systemUTC();
        GradeReport report;
        int exitCode;
        try (Sandbox sandbox = CompositionRoot.openSandbox(setup)) {
            Grader grader = CompositionRoot.grader(setup, sandbox, expectedTests, clock);
            report = grader.grade(submission, name, selected, new ExerciseProgressLines(err));
            exitCode = report.complete() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        } catch (SandboxException e) {
            err.println("amdahl: " + e.getMessage());
            report = ExerciseResults.ungraded(name, VersionProvider.version(), selected,
                    exercise -> expectedTests.of(exercise).tests(), e.getMessage(), clock);
            exitCode = ExitCodes.SANDBOX_UNAVAILABLE;
        }
        report = terms.applyToOne(report, submittedAt, student);
        out.print(ConsoleReport.render(report));
        out.flush();
        try {
            if (json != null) {
                JsonReport.write(report, json);
            }
            if (!formats.isEmpty()) {
                Reports.write(report, new LinkedHashSet<>(formats), outFolder)
                        .forEach(line -> out.println("wrote " + line));
            }
        } catch (IOException e) {
            throw new CommandFailure.Internal("could not write the results: " + e.getMessage());
        }
        return exitCode;
    }
}
