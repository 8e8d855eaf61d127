package dev.amdahl.grader.intake;

import java.util.List;
import java.util.Objects;

/**
 * One submission found in the input, not yet read.
 *
 * @param notes what the input itself says about it (e.g. "Canvas marked it late"); {@link Materializer} repeats
 *              them in {@link Materialized#notes()}
 */
public record Candidate(Registration registration, Source source, List<String> notes) {
    public Candidate {
        Objects.requireNonNull(registration, "registration must not be null");
        Objects.requireNonNull(source, "source must not be null");
        notes = List.copyOf(notes);
    }

    public Candidate(Registration registration, Source source) {
        this(registration, source, List.of());
    }
}
