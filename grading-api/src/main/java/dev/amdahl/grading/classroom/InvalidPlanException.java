package dev.amdahl.grading.classroom;

import java.io.IOException;

/** A {@code plan.tsv} that is not one: its first line, or a line's fields, are not what {@link PlanFile} writes. */
public final class InvalidPlanException extends IOException {

    public InvalidPlanException(String message) {
        super(message);
    }
}
