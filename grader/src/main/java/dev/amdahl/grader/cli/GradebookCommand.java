package dev.amdahl.grader.cli;

import dev.amdahl.grader.batch.BatchExports;
import dev.amdahl.grader.batch.ExportSettings;
import dev.amdahl.grader.batch.SimilaritySources;
import dev.amdahl.grader.classreport.SimilarityResult;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.gradebook.Gradebook;
import dev.amdahl.grader.gradebook.GradebookException;
import dev.amdahl.grader.gradebook.HistoryItem;
import dev.amdahl.grader.submission.SubmissionStager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gradebook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Looks at or changes the gradebook of a batch (the OUT folder of `amdahl batch`).",
        subcommands = {GradebookCommand.SetScore.class, GradebookCommand.History.class, CommandLine.HelpCommand.class})
final class GradebookCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A batch's folder and one of its students: what {@code override} and {@code history} work on. */
    static final class StudentInBatch {
        @Parameters(index = "0", paramLabel = "OUT", description = "The batch's --out folder.")
        private Path out;

        @Option(names = "--student", required = true, paramLabel = "ID", description = "The student's id.")
        private String student;

        /** Opens the gradebook of the batch, which must exist: a typo must not start an empty one. */
        Gradebook open() throws GradebookException {
            Path file = out.resolve("gradebook.sqlite");
            if (!Files.isRegularFile(file)) {
                throw new GradebookException(out + " has no gradebook: give the --out folder of an `amdahl batch` "
                        + "run.");
            }
            return Gradebook.open(file, Clock.systemUTC());
        }
    }

    @Command(name = "override", mixinStandardHelpOptions = true,
            description = "Sets a student's score by hand, with who and why; it counts over the grader's in the CSVs "
                    + "and the class report, which are written again. Earlier scores stay in the history.")
    static final class SetScore implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private StudentInBatch batch;

        @Option(names = "--points", required = true, paramLabel = "N", description = "The score that counts.")
        private double points;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides.")
        private String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the record.")
        private String reason;

        @Override
        public Integer call() throws IOException, CommandFailure {
            PrintWriter print = spec.commandLine().getOut();
            if (points < 0 || Double.isNaN(points) || reason.isBlank() || by.isBlank()) {
                throw new CommandFailure.Usage("--points must be 0 or more, and --by and --reason must say "
                        + "something.");
            }
            try (Gradebook book = batch.open()) {
                book.results().override(batch.student, points, by, reason);
                print.println("Recorded: " + batch.student + " gets " + (points == Math.rint(points)
                        ? Long.toString((long) points) : Double.toString(points))
                        + " (by " + by + ": " + reason + ").");
                reexport(book, print);
                return ExitCodes.OK;
            } catch (GradebookException e) {
                throw new CommandFailure.InvalidInput(e.getMessage());
            }
        }

        private void reexport(Gradebook book, PrintWriter print) throws IOException {
            Optional<ExportSettings> settings = ExportSettings.load(batch.out);
            if (settings.isEmpty()) {
                print.println("The exports are written by the next `amdahl batch` run with this --out folder.");
                return;
            }
            ExportSettings s = settings.get();
            SimilarityResult similarity;
            if (s.noSimilarity()) {
                similarity = SimilarityResult.skipped("the similarity check was switched off (--no-similarity).");
            } else {
                try {
                    similarity = SimilaritySources.compare(book.results().entries(), batch.out.resolve("submissions"),
                            Course.load(s.course()).select(s.exercises()),
                            new SubmissionStager(SubmissionStager.Limits.defaults()));
                } catch (CourseException e) {
                    similarity = SimilarityResult.skipped("the course at " + s.course() + " could not be read: "
                            + e.getMessage());
                }
            }
            BatchExports.Written written = BatchExports.write(book.results().entries(), batch.out, s.formats(),
                    s.assignment(), similarity, Clock.systemUTC().instant());
            written.files().forEach(line -> print.println("wrote " + line));
            written.notWritten().forEach(line -> print.println("did not write " + line));
            written.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Prints every result and override recorded for a student, oldest first.")
    static final class History implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private StudentInBatch batch;

        @Override
        public Integer call() throws CommandFailure {
            try (Gradebook book = batch.open()) {
                for (HistoryItem item : book.results().history(batch.student)) {
                    spec.commandLine().getOut().println(item.describe());
                }
                return ExitCodes.OK;
            } catch (GradebookException e) {
                throw new CommandFailure.InvalidInput(e.getMessage());
            }
        }
    }
}
