package dev.amdahl.grader.course;

/** The course folder is not what the grader needs; the message says what to do. */
public class CourseException extends Exception {

    private static final long serialVersionUID = 1L;

    public CourseException(String message) {
        super(message);
    }
}
