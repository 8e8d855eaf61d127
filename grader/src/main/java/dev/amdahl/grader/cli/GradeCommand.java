package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.report.ConsoleReport;
import dev.amdahl.grader.report.JsonReport;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.report.Reports;
import dev.amdahl.grader.sandbox.DockerSandbox;
import dev.amdahl.grader.sandbox.LocalProcessSandbox;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxImage;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResults;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.LatePolicy;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grader.timing.TimingLane;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository whose exercises/ hold the tests (default: the current folder).")
    private Path course;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Grade only this exercise (repeat for more; default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    private Path json;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "Also write the result in these formats (repeat, or separate with commas): "
                    + "${COMPLETION-CANDIDATES}. json: Amdahl's own (result.json); gradescope: Gradescope's "
                    + "results.json; classroom: GitHub Classroom's runner result, base64 (classroom-result.b64); "
                    + "junit: JUnit XML (junit.xml); markdown: feedback for the student (feedback.md); html: the same "
                    + "feedback as a self-contained web page (feedback.html); sarif: the style findings for GitHub "
                    + "code scanning (style.sarif).")
    private List<ReportFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "amdahl-results",
            description = "Folder for the --format files (default: ${DEFAULT-VALUE}).")
    private Path outFolder;

    @Option(names = "--base-image", paramLabel = "IMAGE", defaultValue = "${env:AMDAHL_BASE_IMAGE:-"
            + SandboxImage.DEFAULT_BASE + "}",
            description = "JDK 21 image the sandbox is built on (default: $AMDAHL_BASE_IMAGE, else ${DEFAULT-VALUE}).")
    private String baseImage;

    @Option(names = "--sandbox", paramLabel = "KIND", defaultValue = "docker",
            description = "Where the code runs: docker (the default: a fresh locked-down container per exercise) or "
                    + "local (plain processes as an unprivileged user, for a disposable machine without Docker such as "
                    + "Gradescope's autograder container; needs root and " + LocalProcessSandbox.DISPOSABLE_VARIABLE
                    + "=yes, and cannot time speedups).")
    private String sandboxKind;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Wall-clock limit for the tests of each exercise, e.g. 90s or 3m (default: the exercise's "
                    + "sandbox.properties, else 3m).")
    private Duration timeout;

    @Option(names = "--memory", paramLabel = "SIZE", converter = Converters.ByteSizeConverter.class,
            description = "Memory limit per exercise, swap and scratch space included, e.g. 512m (default: the "
                    + "exercise's sandbox.properties, else 1g).")
    private Long memory;

    @Option(names = "--hidden",
            description = "Also run the course's hidden tests (hidden/<exercise>/src/test/java), e.g. after the due "
                    + "date. Their messages stay withheld from students until --release-hidden.")
    private boolean hidden;

    @Option(names = "--release-hidden",
            description = "Show the hidden tests' messages to students (in the Markdown, Classroom and console "
                    + "reports; Gradescope shows them as visible).")
    private boolean releaseHidden;

    @Option(names = "--late-policy", paramLabel = "FILE",
            description = "The late policy (due date, grace, penalty, cap, extensions; default: the course's "
                    + LatePolicy.FILE + ", if it has one).")
    private Path latePolicy;

    @Option(names = "--submitted-at", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "When the student submitted, with its offset, e.g. 2026-12-02T10:15:00+01:00 (from the LMS "
                    + "or the recorded push time; never a commit date, which students set). Needed with a late policy.")
    private Instant submittedAt;

    @Option(names = "--student", paramLabel = "ID",
            description = "Who submitted, to apply their extension from the late policy.")
    private String student;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for the tests' random inputs (default: a new one per exercise, recorded in the "
                    + "JSON result): repeats a run with the very same inputs.")
    private Long seed;

    @Option(names = "--timing",
            description = "Also time the parallel versions of exercises whose rubric names speedup cases, against the "
                    + "reference solution (the course's solutions/<exercise>), once all their tests pass. Both run "
                    + "pinned to the same CPUs, one at a time; about half a minute per case.")
    private boolean timing;

    @Option(names = "--timing-cpus", paramLabel = "N",
            description = "With --timing: the CPUs to time on, 0 to N-1 (default: all the Docker engine has).")
    private Integer timingCpus;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!sandboxKind.equals("docker") && !sandboxKind.equals("local")) {
            err.println("amdahl: --sandbox is docker or local, not '" + sandboxKind + "'.");
            return ExitCodes.USAGE;
        }
        if (timing && sandboxKind.equals("local")) {
            err.println("amdahl: --timing needs the Docker sandbox: the local one cannot pin runs to CPUs. Leave out "
                    + "--timing, or use --sandbox docker.");
            return ExitCodes.USAGE;
        }
        if (sandboxKind.equals("local")) {
            try {
                LocalProcessSandbox.requireDisposableMachine();
            } catch (SandboxException e) {
                err.println("amdahl: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        if (!Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            err.println("amdahl: " + submission + " is not a folder. Give the folder of the student's copy "
                    + "(the one that contains exercises/ or the exercise folders).");
            return ExitCodes.INVALID_INPUT;
        }
        try (ExpectedTests expectedTests = new ExpectedTests(hidden)) {
            return grade(out, err, expectedTests);
        }
    }

    private int grade(PrintWriter out, PrintWriter err, ExpectedTests expectedTests) throws Exception {
        List<Exercise> selected;
        try {
            selected = Course.load(course).select(exercises);
            for (Exercise exercise : selected) {
                expectedTests.of(exercise); // the course must be sound before any submission runs
            }
        } catch (UnknownExerciseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (CourseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        LatePolicy policy;
        try {
            policy = latePolicy();
        } catch (CourseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (policy != null && submittedAt == null) {
            err.println("amdahl: the course has a late policy, so grading needs to know when the work was submitted: "
                    + "add --submitted-at (e.g. --submitted-at 2026-12-02T10:15:00+01:00).");
            return ExitCodes.USAGE;
        }
        Grader.Overrides overrides = new Grader.Overrides(timeout, memory);
        if (timingCpus != null && (!timing || timingCpus < 1)) {
            err.println("amdahl: --timing-cpus goes with --timing and must be 1 or more.");
            return ExitCodes.USAGE;
        }
        if (timing && selected.stream().anyMatch(e -> !e.rubric().speedup().cases().isEmpty()
                && !Files.isDirectory(course.resolve("solutions").resolve(e.id())))) {
            err.println("amdahl: --timing times students against the reference solutions, and "
                    + course.resolve("solutions") + " lacks some: grade from the instructor's course repository.");
            return ExitCodes.INVALID_INPUT;
        }
        if (memory != null && memory < 256 * SandboxLimits.MIB) {
            err.println("amdahl: --memory must be at least 256m: the JVM, the compiler and the scratch space need that much.");
            return ExitCodes.USAGE;
        }
        String name = submission.toString();
        GradeReport report;
        int exitCode;
        try (Sandbox sandbox = sandboxKind.equals("local") ? LocalProcessSandbox.start()
                : DockerSandbox.start(SandboxImage.bundled(baseImage))) {
            SubmissionStager stager = new SubmissionStager(SubmissionStager.Limits.defaults());
            Grader grader = seed == null
                    ? new Grader(sandbox, stager, expectedTests, SandboxLimits.defaults(), overrides, Clock.systemUTC(),
                            VersionProvider.version())
                    : new Grader(sandbox, stager, expectedTests, SandboxLimits.defaults(), overrides, Clock.systemUTC(),
                            VersionProvider.version(), seed);
            if (timing) {
                int cpus = timingCpus != null ? timingCpus : sandbox.cpus();
                grader.withTiming(new TimingLane(sandbox, stager, course.resolve("solutions"), cpus));
            }
            report = grader.grade(submission, name, selected, new ExerciseProgressLines(err));
            exitCode = report.complete() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        } catch (SandboxException e) {
            err.println("amdahl: " + e.getMessage());
            report = ExerciseResults.ungraded(name, VersionProvider.version(), selected,
                    exercise -> expectedTests.of(exercise).tests(), e.getMessage(), Clock.systemUTC());
            exitCode = ExitCodes.SANDBOX_UNAVAILABLE;
        }
        report = report.with(policy == null ? Optional.empty() : Optional.of(policy.assess(submittedAt, student)),
                new Disclosure(policy != null && report.gradedAt().isAfter(policy.dueFor(student)), releaseHidden));
        out.print(ConsoleReport.render(report));
        out.flush();
        try {
            if (json != null) {
                JsonReport.write(report, json);
            }
            if (!formats.isEmpty()) {
                Reports.write(report, new java.util.LinkedHashSet<>(formats), outFolder)
                        .forEach(line -> out.println("wrote " + line));
            }
        } catch (IOException e) {
            err.println("amdahl: could not write the results: " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
        return exitCode;
    }

    private LatePolicy latePolicy() throws CourseException {
        if (latePolicy != null) {
            if (!Files.isRegularFile(latePolicy)) {
                throw new CourseException("--late-policy " + latePolicy + ": no such file.");
            }
            return LatePolicy.load(latePolicy);
        }
        Path standard = course.resolve(LatePolicy.FILE);
        return Files.isRegularFile(standard) ? LatePolicy.load(standard) : null;
    }
}
