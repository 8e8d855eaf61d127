package dev.amdahl.grader.batch;

import dev.amdahl.grader.classreport.SimilarityResult;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.gradebook.Gradebook;
import dev.amdahl.grader.gradebook.GradebookException;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.BatchInput;
import dev.amdahl.grader.intake.Candidate;
import dev.amdahl.grader.intake.GitSource;
import dev.amdahl.grader.intake.Intake;
import dev.amdahl.grader.intake.IntakeException;
import dev.amdahl.grader.intake.IntakeLimits;
import dev.amdahl.grader.intake.Materializer;
import dev.amdahl.grader.intake.UnusableSubmissionException;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.scoring.LatePolicy;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One run of {@code amdahl batch}: takes the output folder's lock, reads the input into the gradebook, marks the
 * regrades asked for, grades what is pending (correctness lane, then timing lane), writes the exports again from
 * the gradebook and prints the summary. Stopped at any point, the same run resumes.
 */
public final class BatchRun {

    private final BatchSettings settings;
    private final ExpectedTests expectedTests;
    private final GradingTools.Opener tools;
    private final String version;
    private final PrintWriter print;
    private final PrintWriter err;
    private final Clock clock;

    /**
     * @param expectedTests the exercises' expected tests, already compiled
     * @param tools         opens the sandbox and graders, only when something is left to grade
     * @param version       the grader's version, recorded in every result
     * @param print         where the run says what it does
     * @param err           where warnings and progress lines go
     */
    public BatchRun(BatchSettings settings, ExpectedTests expectedTests, GradingTools.Opener tools, String version,
            PrintWriter print, PrintWriter err, Clock clock) {
        this.settings = settings;
        this.expectedTests = expectedTests;
        this.tools = tools;
        this.version = version;
        this.print = print;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Runs the batch.
     *
     * @return true when every submission has its final result (an unusable upload counts; its result says why)
     * @throws BatchRefusal when the run cannot start or go on; what was graded is kept
     */
    public boolean run() throws BatchRefusal, IOException, InterruptedException, CourseException {
        Path out = settings.out();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BatchRefusal(BatchRefusal.Kind.UNUSABLE_INPUT, "cannot use " + out + " as the output folder ("
                    + e.getMessage() + "). Give a folder you can write to.");
        }
        try (FileChannel lockFile = FileChannel.open(out.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new BatchRefusal(BatchRefusal.Kind.UNUSABLE_INPUT, "another amdahl batch is using " + out
                        + " right now. Wait for it to end (or stop it: the same command resumes its work later).");
            }
            return locked();
        }
    }

    /** The lock, or null when another batch holds it (in another process, or in this one). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The run itself, while this process alone uses the output folder (the OS frees the lock even on kill -9). */
    private boolean locked() throws BatchRefusal, IOException, InterruptedException, CourseException {
        Path out = settings.out();
        Path scratch = out.resolve(".scratch");
        Folders.delete(scratch); // a class archive unpacked by an earlier run: copies are kept
        Intake intake;
        try {
            intake = BatchInput.discover(settings.input(), scratch, IntakeLimits.defaults());
        } catch (IntakeException e) {
            throw new BatchRefusal(BatchRefusal.Kind.UNUSABLE_INPUT, e.getMessage());
        }
        intake.warnings().forEach(w -> err.println("note: " + w));
        try (Gradebook book = Gradebook.open(out.resolve("gradebook.sqlite"), clock)) {
            book.settings().check(recorded());
            Materializer materializer = new Materializer(IntakeLimits.defaults(), settings.deadline(), book.fetchLog(),
                    clock);
            if (settings.fetchOnly()) {
                return fetch(intake, materializer);
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
            print.println(intake.candidates().size() + " submissions in " + settings.input() + " (" + added
                    + " new); " + book.queue().counts().getOrDefault(SubmissionState.PENDING, 0) + " to grade.");
            grade(book, materializer, candidates, regraded);
            export(book);
            BatchSummary summary = BatchSummary.of(book.results().entries());
            print.print(summary.text());
            print.flush();
            return summary.complete();
        } catch (GradebookException e) {
            throw new BatchRefusal(BatchRefusal.Kind.UNUSABLE_INPUT, e.getMessage());
        }
    }

    /** The correctness and timing lanes, with a sandbox only when something is left to grade. */
    private void grade(Gradebook book, Materializer materializer, Map<String, Candidate> candidates,
            List<String> regraded) throws BatchRefusal, InterruptedException, CourseException {
        boolean work = book.queue().counts().getOrDefault(SubmissionState.PENDING, 0) > 0
                || (settings.timing() && !book.queue().awaitingTiming().isEmpty());
        if (!work) {
            return;
        }
        try (GradingTools opened = tools.open()) {
            int count = settings.workers() > 0 ? settings.workers()
                    : Math.max(1, Runtime.getRuntime().availableProcessors());
            BatchGrader.Plan plan = new BatchGrader.Plan(settings.exercises(), count, opened.timing(),
                    settings.terms());
            BatchGrader batch = new BatchGrader(book, settings.out().resolve("submissions"), materializer,
                    opened.graders(), expectedTests, plan, settings.progress().open(err), clock, version);
            for (String student : regraded) {
                batch.forgetCopy(student);
            }
            print.println("Grading with " + count + (count == 1 ? " worker" : " workers") + " in "
                    + opened.sandbox().describe() + (settings.timing() ? "; then timing, one at a time" : "") + ".");
            print.flush();
            batch.run(candidates);
        } catch (SandboxException e) {
            throw new BatchRefusal(BatchRefusal.Kind.NO_SANDBOX, e.getMessage(),
                    List.of("Nothing was lost: run the same command again once Docker works; it resumes."));
        }
    }

    /** The exports, always written again from the gradebook, and the settings to write them again later. */
    private void export(Gradebook book) throws IOException {
        Path out = settings.out();
        SimilarityResult similarity = settings.noSimilarity() ? SimilarityResult.skipped("the similarity check was "
                + "switched off (--no-similarity).")
                : SimilaritySources.compare(book.results().entries(), out.resolve("submissions"), settings.exercises(),
                        new SubmissionStager(SubmissionStager.Limits.defaults()));
        new ExportSettings(settings.assignment(), settings.formats(), settings.course().toAbsolutePath().normalize(),
                settings.exercises().stream().map(Exercise::id).toList(), settings.noSimilarity()).save(out);
        BatchExports.Written written = BatchExports.write(book.results().entries(), out, settings.formats(),
                settings.assignment(), similarity, clock.instant());
        written.files().forEach(line -> print.println("wrote " + line));
        written.notWritten().forEach(line -> print.println("did not write " + line));
        written.warnings().forEach(warning -> err.println("warning: " + warning));
    }

    /** Marks the regrades asked for; returns the students whose input should be read again (they are in it). */
    private List<String> requestRegrades(Gradebook book, Set<String> inInput) throws GradebookException {
        List<String> again = new ArrayList<>();
        if (settings.regradeAll()) {
            book.results().entries().forEach(e -> again.add(e.student()));
            book.queue().requestRegradeAll();
        } else if (settings.regradeIncomplete()) {
            book.results().entries().stream().filter(e -> e.state() == SubmissionState.INCOMPLETE
                    || e.state() == SubmissionState.UNUSABLE).forEach(e -> again.add(e.student()));
            book.queue().requestRegradeIncomplete();
        }
        for (String student : settings.regrade()) {
            book.queue().requestRegrade(student);
            again.add(student);
        }
        return again.stream().filter(inInput::contains).distinct().toList();
    }

    /** {@code --fetch-only}: records each git repository's head with the grader's time. */
    private boolean fetch(Intake intake, Materializer materializer) throws BatchRefusal {
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
            throw new BatchRefusal(BatchRefusal.Kind.USAGE, "--fetch-only is for a list of git repositories, and "
                    + settings.input() + " has none.");
        }
        return failed == 0;
    }

    /**
     * What the gradebook's results depend on: a later run with other settings would mix results that do not
     * compare, so the gradebook refuses it.
     */
    private Map<String, String> recorded() throws CourseException {
        Map<String, String> recorded = new TreeMap<>();
        for (Exercise exercise : settings.exercises()) {
            recorded.put("exercise " + exercise.id(), expectedTests.of(exercise).rubricSha256());
        }
        recorded.put("hidden tests", Boolean.toString(settings.hidden()));
        recorded.put("timing", Boolean.toString(settings.timing()));
        recorded.put("seed", settings.seed().map(Object::toString).orElse("a new one each time"));
        recorded.put("timeout", settings.timeout().map(Object::toString).orElse("the exercises'"));
        recorded.put("memory", settings.memory().isPresent() ? Long.toString(settings.memory().getAsLong())
                : "the exercises'");
        recorded.put("deadline", settings.deadline().map(Object::toString).orElse("none"));
        recorded.put("late policy", settings.terms().policy().map(LatePolicy::toString).orElse("none"));
        return recorded;
    }
}
