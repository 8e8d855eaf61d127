package dev.amdahl.grader.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * The late policy and the release of hidden tests: the one place that turns them into a report's lateness and
 * {@link Disclosure}, for {@code amdahl grade} and {@code amdahl batch} alike.
 *
 * @param policy         the course's late policy, if it has one
 * @param hiddenReleased the instructor released the hidden tests' messages ({@code --release-hidden})
 */
public record GradingTerms(Optional<LatePolicy> policy, boolean hiddenReleased) {

    /**
     * One student graded on request ({@code amdahl grade}): lateness from the given submission time, and the
     * messages of tests shown after the due date once the student's due date (their extension, else the course's)
     * had passed when the report was made. Without a late policy there is no due date, so they stay withheld.
     *
     * @param submittedAt when the work was submitted; needed when there is a policy
     * @param student     who submitted, for their extension (may be null)
     */
    public GradeReport applyToOne(GradeReport report, Instant submittedAt, String student) {
        boolean pastDue = policy.isPresent() && report.gradedAt().isAfter(policy.get().dueFor(student));
        return report.with(policy.map(p -> p.assess(submittedAt, student)), new Disclosure(pastDue, hiddenReleased));
    }

    /**
     * One submission of a class ({@code amdahl batch}): lateness only where the grader knows when the work was
     * submitted (a git repository seen by its own fetches; an LMS applies its own policy to its uploads), and the
     * messages of tests shown after the due date stay withheld, as they always have in a batch.
     */
    public GradeReport applyInBatch(GradeReport report, Optional<Instant> submittedAt, String student) {
        return report.with(submittedAt.flatMap(at -> policy.map(p -> p.assess(at, student))), batchDisclosure());
    }

    /** What a batch's students may see, for reports that carry no lateness (unusable, not graded). */
    public Disclosure batchDisclosure() {
        return new Disclosure(false, hiddenReleased);
    }
}
