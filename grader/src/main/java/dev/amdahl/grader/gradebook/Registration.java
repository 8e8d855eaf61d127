package dev.amdahl.grader.gradebook;

import java.util.Objects;

/**
 * A submission as the input names it, before it is graded.
 *
 * @param student   the student's id in this batch: unique, safe as a file name ({@code [A-Za-z0-9._-]+})
 * @param name      the student's name as the LMS spelled it, or the id when the input has none
 * @param lmsUserId the LMS's own id for the student (Canvas's user id, Moodle's participant id), or ""
 * @param origin    where it came from: the file, folder or repository, as given
 */
public record Registration(String student, String name, String lmsUserId, String origin) {
    public Registration {
        Objects.requireNonNull(student, "student must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(lmsUserId, "lmsUserId must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        if (!student.matches("[A-Za-z0-9._-]+") || student.startsWith(".")) {
            throw new IllegalArgumentException("not a usable student id: " + student);
        }
    }
}
