package dev.amdahl.grader.batch;

import java.util.List;

/** Why a batch could not start or go on, in words for the person who ran it; nothing graded so far is lost. */
public final class BatchRefusal extends Exception {

    /** Whose side the trouble is on. */
    public enum Kind {
        /** The command line asked for something that cannot be done. */
        USAGE,
        /** The input, the course or the output folder is unusable. */
        UNUSABLE_INPUT,
        /** No Docker engine or no sandbox image. */
        NO_SANDBOX
    }

    private final Kind kind;
    private final List<String> details;

    BatchRefusal(Kind kind, String message, List<String> details) {
        super(message);
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    BatchRefusal(Kind kind, String message) {
        this(kind, message, List.of());
    }

    /** Why the batch could not go on, which the command turns into its exit code. */
    public Kind kind() {
        return kind;
    }

    /** Lines that go under the message. */
    public List<String> details() {
        return details;
    }
}
