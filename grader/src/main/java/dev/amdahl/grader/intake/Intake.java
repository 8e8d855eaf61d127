package dev.amdahl.grader.intake;

import java.util.List;

/**
 * What {@link BatchInput#discover} found.
 *
 * @param candidates one per submission, ordered by student id; ids are unique
 * @param warnings   for the instructor: what was skipped and why, which ids clashed
 */
public record Intake(List<Candidate> candidates, List<String> warnings) {
    public Intake {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }
}
