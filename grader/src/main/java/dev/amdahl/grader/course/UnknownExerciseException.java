package dev.amdahl.grader.course;

/** An exercise id the course does not have: a mistake on the command line, not an unusable course. */
public final class UnknownExerciseException extends CourseException {

    private static final long serialVersionUID = 1L;

    public UnknownExerciseException(String message) {
        super(message);
    }
}
