package dev.amdahl.exercises.threadpools;

/**
 * The function of a parallel map failed on one input. It names that input, and its cause is the exception
 * the function threw. This class is complete; you do not need to change it.
 */
public class MapFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The input the function failed on; not serialized, it may be any object. */
    private final transient Object input;

    /**
     * A failure of the function on {@code input}.
     *
     * @param input the input the function failed on
     * @param cause what the function threw (for a task of an {@code ExecutorService}: the cause of the
     *              {@code ExecutionException}, not the {@code ExecutionException} itself)
     */
    public MapFailedException(Object input, Throwable cause) {
        super("the function failed on input " + input + ": " + cause, cause);
        this.input = input;
    }

    /**
     * The input the function failed on.
     *
     * @return that input, as it was in the list of inputs
     */
    public Object input() {
        return input;
    }
}
