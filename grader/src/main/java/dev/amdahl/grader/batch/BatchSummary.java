package dev.amdahl.grader.batch;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.scoring.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * How a batch ended, counted from its gradebook.
 *
 * @param submissions    every submission in the gradebook
 * @param graded         graded completely
 * @param incomplete     graded in part through no fault of the student (or a speedup a human must decide)
 * @param unusable       whose upload could not be graded (each has a result that says why, and no score)
 * @param unfinished     not graded yet (the run was stopped)
 * @param timedOut       where some exercise ran out of time
 * @param average        the average score of those with a result (an unusable upload has none)
 * @param possible       the most a submission could earn
 * @param lmsWarnings    the students each LMS's CSV leaves out, as {@link BatchExports#warnings} says
 */
public record BatchSummary(int submissions, int graded, int incomplete, int unusable, int unfinished, int timedOut,
        Optional<Double> average, double possible, List<String> lmsWarnings) {

    public BatchSummary {
        lmsWarnings = List.copyOf(lmsWarnings);
    }

    /** Counts and score statistics over {@code entries}: how many were graded, incomplete, unusable or timed out. */
    public static BatchSummary of(List<GradebookEntry> entries) {
        int graded = count(entries, SubmissionState.GRADED);
        int incomplete = count(entries, SubmissionState.INCOMPLETE);
        int unusable = count(entries, SubmissionState.UNUSABLE);
        int timedOut = (int) entries.stream().filter(e -> e.report().map(r -> r.exercises().stream()
                .anyMatch(x -> x.verdict() == Verdict.TIMEOUT)).orElse(false)).count();
        List<Double> scores = entries.stream().filter(e -> e.state().hasResult()).flatMap(e -> e.score().stream())
                .toList();
        Optional<Double> average = scores.isEmpty() ? Optional.empty()
                : Optional.of(Math.round(scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow()
                        * 10) / 10.0);
        double possible = entries.stream().mapToDouble(GradebookEntry::possible).max().orElse(0);
        return new BatchSummary(entries.size(), graded, incomplete, unusable,
                entries.size() - graded - incomplete - unusable, timedOut, average, possible,
                BatchExports.warnings(entries));
    }

    /** True when every submission has its final result. */
    public boolean complete() {
        return incomplete == 0 && unfinished == 0;
    }

    /** A few lines for the end of a run. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(submissions).append(submissions == 1 ? " submission: " : " submissions: ")
                .append(graded).append(" graded, ")
                .append(incomplete).append(" failed internally, ")
                .append(unusable).append(" unusable");
        if (unfinished > 0) {
            text.append(", ").append(unfinished).append(" not graded yet");
        }
        text.append("; ").append(timedOut).append(" timed out.\n");
        average.ifPresent(a -> text.append("Average score: ").append(BatchGrader.points(a)).append(" / ")
                .append(BatchGrader.points(possible)).append(".\n"));
        if (incomplete > 0) {
            text.append("Some submissions could not be graded completely through no fault of the students: run the "
                    + "same command with --regrade-incomplete once the cause is fixed.\n");
        }
        lmsWarnings.forEach(warning -> text.append(warning).append('\n'));
        if (unfinished > 0) {
            text.append("Run the same command again to grade the rest: it resumes where this run stopped.\n");
        }
        return text.toString();
    }

    private static int count(List<GradebookEntry> entries, SubmissionState state) {
        return (int) entries.stream().filter(e -> e.state() == state).count();
    }
}
