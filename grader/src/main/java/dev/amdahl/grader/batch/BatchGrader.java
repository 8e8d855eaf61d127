package dev.amdahl.grader.batch;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.gradebook.Gradebook;
import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.intake.Candidate;
import dev.amdahl.grader.intake.Materializer;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.intake.UnusableSubmissionException;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.ExerciseResults;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.GradingTerms;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grader.timing.TimingLane;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Grades every pending submission of a gradebook: first the correctness lane, a bounded number of workers each
 * grading one submission at a time in its own containers; then the timing lane, one submission at a time with
 * every CPU to itself, for the speedup cases of those whose tests all passed. Each result is recorded in the
 * gradebook as soon as it is known, in one transaction, so a run killed at any point resumes where it stopped.
 */
public final class BatchGrader {

    /**
     * How to grade.
     *
     * @param exercises the exercises each submission is graded on
     * @param workers   how many submissions are graded at once in the correctness lane
     * @param timing    the timing lane, when speedups are timed
     * @param terms     the late policy and what students may see, applied the batch's way
     */
    public record Plan(List<Exercise> exercises, int workers, Optional<TimingLane> timing, GradingTerms terms) {
        public Plan {
            exercises = List.copyOf(exercises);
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be 1 or more");
            }
        }
    }

    private final Gradebook book;
    private final SubmissionCopies copies;
    private final Materializer materializer;
    private final Supplier<Grader> graders;
    private final ExpectedTests expectedTests;
    private final Plan plan;
    private final BatchProgress progress;
    private final Clock clock;
    private final String version;

    /**
     * @param graders makes one grader per worker (a grader is not shared between threads)
     */
    public BatchGrader(Gradebook book, java.nio.file.Path copiesFolder, Materializer materializer,
            Supplier<Grader> graders, ExpectedTests expectedTests, Plan plan, BatchProgress progress, Clock clock,
            String version) {
        this.book = book;
        this.copies = new SubmissionCopies(copiesFolder);
        this.materializer = materializer;
        this.graders = graders;
        this.expectedTests = expectedTests;
        this.plan = plan;
        this.progress = progress;
        this.clock = clock;
        this.version = version;
    }

    /** Forgets the copy of {@code student}, so that its regrade reads the input again (it may have been fixed). */
    public void forgetCopy(String student) {
        copies.forget(student);
    }

    /**
     * Grades what is pending, then times what awaits timing.
     *
     * @param candidates the submissions of the input, by student id
     */
    public void run(Map<String, Candidate> candidates) throws InterruptedException, CourseException {
        int pending = book.queue().counts().getOrDefault(SubmissionState.PENDING, 0);
        if (pending > 0) {
            progress.lane("Grading", pending);
            correctnessLane(candidates);
        }
        if (plan.timing().isPresent()) {
            List<Registration> waiting = book.queue().awaitingTiming();
            if (!waiting.isEmpty()) {
                progress.lane("Timing", waiting.size());
                Grader grader = graders.get();
                for (Registration registration : waiting) {
                    time(grader, registration, plan.timing().get());
                }
            }
        }
        progress.close();
    }

    private void correctnessLane(Map<String, Candidate> candidates) throws InterruptedException, CourseException {
        ExecutorService workers = Executors.newFixedThreadPool(plan.workers(), runnable -> {
            Thread thread = new Thread(runnable, "amdahl-batch-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < plan.workers(); i++) {
                running.add(workers.submit(() -> {
                    Grader grader = graders.get();
                    for (Optional<Registration> next = book.queue().claim(); next.isPresent();
                            next = book.queue().claim()) {
                        grade(grader, next.get(), Optional.ofNullable(candidates.get(next.get().student())));
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedException();
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : running) {
                worker.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CourseException course) {
                throw course;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("a grading worker failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private void grade(Grader grader, Registration registration, Optional<Candidate> candidate)
            throws InterruptedException, CourseException {
        String student = registration.student();
        SubmissionCopies.Copy copy;
        try {
            copy = copies.copyOf(student, candidate, materializer);
        } catch (UnusableSubmissionException e) {
            GradeReport report = ExerciseResults.unusable(student, version, plan.exercises(),
                    exercise -> expectedTests.of(exercise).tests(), e.getMessage(), clock)
                    .with(Optional.empty(), plan.terms().batchDisclosure());
            book.results().recordUnusable(student, report, e.getMessage());
            progress.finished(student, "unusable: " + firstSentence(e.getMessage()));
            return;
        } catch (IOException e) {
            recordOurFault(student, "its copy could not be made (" + e.getMessage() + ").");
            return;
        }
        GradeReport report;
        try {
            report = grader.grade(copy.root(), student, plan.exercises());
        } catch (RuntimeException e) {
            recordOurFault(student, "the grader failed (" + e + ").");
            return;
        }
        report = withNotes(report, copy.notes());
        report = plan.terms().applyInBatch(report, copy.submittedAt(), student);
        SubmissionState state;
        if (plan.timing().isPresent() && needsTiming(report)) {
            state = SubmissionState.AWAITING_TIMING;
        } else {
            report = plan.timing().isPresent() ? withoutTiming(report) : report;
            state = report.complete() ? SubmissionState.GRADED : SubmissionState.INCOMPLETE;
        }
        book.results().record(student, report, state);
        progress.finished(student, outcome(report, state));
    }

    private void time(Grader grader, Registration registration, TimingLane lane)
            throws InterruptedException, CourseException {
        String student = registration.student();
        Optional<GradebookEntry> entry = book.results().entries().stream().filter(e -> e.student().equals(student))
                .findFirst();
        Optional<SubmissionCopies.Copy> copy;
        try {
            copy = copies.existing(student);
        } catch (IOException e) {
            copy = Optional.empty();
        }
        if (entry.isEmpty() || entry.get().report().isEmpty() || copy.isEmpty()) {
            recordOurFault(student, "its copy was lost before its speedup was timed.");
            return;
        }
        GradeReport graded = entry.get().report().get();
        List<ExerciseResult> timed = new ArrayList<>();
        for (ExerciseResult result : graded.exercises()) {
            Optional<Exercise> exercise = plan.exercises().stream().filter(e -> e.id().equals(result.exercise()))
                    .findFirst();
            timed.add(exercise.isPresent()
                    ? grader.timeSpeedups(copy.get().root(), exercise.get(), result, lane) : result);
        }
        GradeReport report = new GradeReport(graded.submission(), graded.graderVersion(), graded.sandbox(),
                clock.instant(), timed, graded.lateness(), graded.disclosure());
        SubmissionState state = report.complete() ? SubmissionState.GRADED : SubmissionState.INCOMPLETE;
        book.results().record(student, report, state);
        progress.finished(student, outcome(report, state));
    }

    /** True when some exercise has speedup cases and all its tests passed: the timing lane has work. */
    private boolean needsTiming(GradeReport report) {
        return report.exercises().stream().anyMatch(r -> exercise(r).map(e ->
                !e.rubric().speedup().cases().isEmpty() && r.allBehaviourPassed()).orElse(false));
    }

    /** The report with every speedup case marked not timed, where the tests did not all pass. */
    private GradeReport withoutTiming(GradeReport report) {
        List<ExerciseResult> results = report.exercises().stream().map(r -> exercise(r)
                .filter(e -> !e.rubric().speedup().cases().isEmpty()).map(e -> ExerciseResults.notTimed(e, r))
                .orElse(r))
                .toList();
        return new GradeReport(report.submission(), report.graderVersion(), report.sandbox(), report.gradedAt(),
                results, report.lateness(), report.disclosure());
    }

    private Optional<Exercise> exercise(ExerciseResult result) {
        return plan.exercises().stream().filter(e -> e.id().equals(result.exercise())).findFirst();
    }

    /** What the intake found worth saying (a link not unpacked, a Canvas late mark) goes with each exercise. */
    private static GradeReport withNotes(GradeReport report, List<String> notes) {
        if (notes.isEmpty()) {
            return report;
        }
        List<ExerciseResult> results = report.exercises().stream().map(r -> {
            List<String> all = new ArrayList<>(notes);
            all.addAll(r.notes());
            return r.withNotes(all);
        }).toList();
        return new GradeReport(report.submission(), report.graderVersion(), report.sandbox(), report.gradedAt(),
                results, report.lateness(), report.disclosure());
    }

    private void recordOurFault(String student, String what) throws CourseException {
        String reason = "Not graded: " + what;
        GradeReport report = ExerciseResults.ungraded(student, version, plan.exercises(),
                e -> expectedTests.of(e).tests(), reason, clock)
                .with(Optional.empty(), plan.terms().batchDisclosure());
        book.results().record(student, report, SubmissionState.INCOMPLETE);
        progress.finished(student, "not graded (our fault): " + what);
    }

    static String outcome(GradeReport report, SubmissionState state) {
        String score = points(report.earned()) + " / " + points(report.possible());
        return switch (state) {
            case AWAITING_TIMING -> score + ", speedup to be timed";
            case INCOMPLETE -> score + ", incomplete (regrade with --regrade-incomplete)";
            default -> score;
        };
    }

    static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String firstSentence(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end + 1);
    }
}
