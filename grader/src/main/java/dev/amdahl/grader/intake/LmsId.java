package dev.amdahl.grader.intake;

import java.util.Objects;

/**
 * A student's id in one LMS, with the system it belongs to: a Canvas user id and a Moodle participant number are
 * both plain numbers, and a number of one system names an unrelated student in the other.
 *
 * @param lms   the system that gave the id (the download it was read from)
 * @param value the id, digits only
 */
public record LmsId(Lms lms, String value) {
    public LmsId {
        Objects.requireNonNull(lms, "lms must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (!value.matches("[0-9]+")) {
            throw new IllegalArgumentException("not an LMS id: " + value);
        }
    }
}
