package dev.amdahl.grader.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * A submission as the input names it, before it is graded.
 *
 * @param student the student's id in this batch: unique, safe as a file name ({@code [A-Za-z0-9._-]+})
 * @param name    the student's name as the LMS spelled it, or the id when the input has none
 * @param lmsId   the LMS's own id for the student and which LMS gave it, when the input's name carries one
 * @param origin  where it came from: the file, folder or repository, as given
 */
public record Registration(String student, String name, Optional<LmsId> lmsId, String origin) {
    public Registration {
        Objects.requireNonNull(student, "student must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(lmsId, "lmsId must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        if (!student.matches("[A-Za-z0-9._-]+") || student.startsWith(".")) {
            throw new IllegalArgumentException("not a usable student id: " + student);
        }
    }

    /** A submission whose input carries no LMS id (a plain folder, a repository, a Blackboard download). */
    public Registration(String student, String name, String origin) {
        this(student, name, Optional.empty(), origin);
    }

    /** The student's id in {@code lms}; empty when the submission came from elsewhere. */
    public Optional<String> idIn(Lms lms) {
        return lmsId.filter(id -> id.lms() == lms).map(LmsId::value);
    }
}
