package dev.amdahl.grading.practice;

import java.io.IOException;

/** The practice run cannot do its job: a variant is malformed or does not compile. Never the student's tests. */
public final class PracticeException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * A problem of the practice run.
     *
     * @param message what is wrong
     */
    public PracticeException(String message) {
        super(message);
    }
}
