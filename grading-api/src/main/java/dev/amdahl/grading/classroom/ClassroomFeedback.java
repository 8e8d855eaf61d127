package dev.amdahl.grading.classroom;

import dev.amdahl.grading.Scores;
import dev.amdahl.grading.classroom.ClassroomReport.ExerciseFeedback;
import dev.amdahl.grading.classroom.ClassroomReport.TestFeedback;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports what a student's own repository earns on its own tests, after {@code mvn test}, to GitHub Classroom:
 * reads the template's plan and every exercise's {@code target/amdahl/results.tsv}, appends
 * {@code result=<Base64 of the runner JSON>} to the step's outputs for the grading reporter, appends a Markdown
 * summary to the job summary, and prints the totals.
 *
 * <pre>
 * java -cp grading-api/target/classes dev.amdahl.grading.classroom.ClassroomFeedback
 *     --plan .github/amdahl/plan.tsv [--exercises exercises]
 *     [--template-check target/amdahl-template-check.txt]
 *     [--github-output "$GITHUB_OUTPUT"] [--summary "$GITHUB_STEP_SUMMARY"]
 * </pre>
 *
 * Without {@code --github-output} it prints the JSON, without {@code --summary} the Markdown. Exit status: 0 when
 * it wrote its outputs (failing tests are what it reports, not an error of its own), 1 when it could not write
 * them, 2 on wrong options or a missing or garbled plan.
 */
public final class ClassroomFeedback {

    static final String USAGE = "usage: ClassroomFeedback --plan FILE [--exercises DIR] [--template-check FILE]"
            + " [--github-output FILE] [--summary FILE]";

    /** The options. A null file means "not given". */
    record Options(Path plan, Path exercises, Path templateCheck, Path githubOutput, Path summary) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (!List.of("--plan", "--exercises", "--template-check", "--github-output", "--summary")
                        .contains(name)) {
                    throw new IllegalArgumentException("unknown option " + name);
                }
                if (i + 1 == args.length || args[i + 1].isEmpty()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                if (values.put(name, args[++i]) != null) {
                    throw new IllegalArgumentException(name + " is given twice");
                }
            }
            if (!values.containsKey("--plan")) {
                throw new IllegalArgumentException("--plan is missing");
            }
            return new Options(Path.of(values.get("--plan")), Path.of(values.getOrDefault("--exercises", "exercises")),
                    path(values.get("--template-check")), path(values.get("--github-output")),
                    path(values.get("--summary")));
        }

        private static Path path(String value) {
            return value == null ? null : Path.of(value);
        }
    }

    private ClassroomFeedback() {
    }

    /** The classroom feedback step: runs it and ends the JVM with its status when that is not 0. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Does what {@link #main} does, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ClassroomFeedback: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<PlanEntry> plan;
        try {
            plan = PlanFile.read(options.plan());
        } catch (NoSuchFileException e) {
            err.println("ClassroomFeedback: the plan " + options.plan() + " is missing. It comes with the template "
                    + "(.github/amdahl/plan.tsv); restore it from the template repository.");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("ClassroomFeedback: the plan " + options.plan() + " cannot be read: " + e.getMessage()
                    + ". Restore it from the template repository.");
            return 2;
        }
        ClassroomReport report = ClassroomReport.of(plan, results(plan, options.exercises(), err));
        for (ExerciseFeedback exercise : report.exercises()) {
            if (exercise.ignoredLines() > 0) {
                err.println("ClassroomFeedback: " + exercise.exercise() + ": ignored " + exercise.ignoredLines()
                        + " line(s) of its results file that are garbled, repeated or name no planned test");
            }
        }
        String json = RunnerJson.render(runnerResults(report, options.exercises().toString()));
        String markdown = FeedbackMarkdown.render(report, templateCheck(options.templateCheck(), err));
        try {
            if (options.githubOutput() != null) {
                append(options.githubOutput(), "result=" + RunnerJson.base64(json) + "\n");
            } else {
                out.println(json);
            }
            if (options.summary() != null) {
                append(options.summary(), markdown + "\n");
            } else {
                out.println(markdown);
            }
        } catch (IOException | RuntimeException e) {
            err.println("ClassroomFeedback: could not write the outputs: " + e);
            return 1;
        }
        out.println(totalLine(report));
        for (ExerciseFeedback exercise : report.exercises()) {
            out.println(exercise.exercise() + ": " + Scores.format(exercise.earned()) + " / "
                    + Scores.format(exercise.possible()));
        }
        out.flush();
        return 0;
    }

    /**
     * The runner results of {@code report}: every planned test, its {@code filename} its source file under
     * {@code <exercisesFolder>/<exercise>/src/test/java}.
     */
    static RunnerResults runnerResults(ClassroomReport report, String exercisesFolder) {
        String folder = exercisesFolder.replace('\\', '/');
        folder = folder.endsWith("/") ? folder : folder + "/";
        List<RunnerResults.Test> tests = new ArrayList<>();
        for (TestFeedback test : report.tests()) {
            PlanEntry entry = test.entry();
            String source = UniqueIds.sourcePath(entry.uniqueId());
            tests.add(new RunnerResults.Test(entry.exercise() + ": " + entry.displayName(), test.status(),
                    test.score(), test.message(), UniqueIds.testCode(entry.uniqueId()),
                    source.isEmpty() ? "" : folder + entry.exercise() + "/src/test/java/" + source, 0,
                    test.durationMillis()));
        }
        return new RunnerResults(report.status(), report.possible(), tests);
    }

    /** "Points: X / Y". */
    static String totalLine(ClassroomReport report) {
        return "Points: " + Scores.format(report.earned()) + " / " + Scores.format(report.possible());
    }

    /** Each planned exercise's results, when its test run left them; an unreadable file counts as none. */
    private static Map<String, ResultsFile.Contents> results(List<PlanEntry> plan, Path exercises, PrintStream err) {
        Map<String, ResultsFile.Contents> results = new LinkedHashMap<>();
        for (String exercise : plan.stream().map(PlanEntry::exercise).distinct().toList()) {
            Path file = exercises.resolve(exercise).resolve(ResultsFile.DEFAULT_PATH);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                ResultsFile.Contents contents = ResultsFile.read(file);
                results.put(exercise, contents);
            } catch (IOException | RuntimeException e) {
                err.println("ClassroomFeedback: " + file + " cannot be read, so its tests did not run: " + e);
            }
        }
        return results;
    }

    private static String templateCheck(Path file, PrintStream err) {
        if (file == null || !Files.isRegularFile(file)) {
            return "";
        }
        try {
            return Tsv.read(file);
        } catch (IOException e) {
            err.println("ClassroomFeedback: " + file + " cannot be read: " + e);
            return "";
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }
}
