package dev.amdahl.grading;

/**
 * How a parallel exercise is timed: a declaration in the exercise's tests that the grader's timing lane finds
 * (a public class with a no-argument constructor implementing this interface), so that speedup can be
 * measured without touching the exercise again. The grader times {@link #sequential} of the reference
 * against {@link #parallel} of the submission, each on fresh input from {@link #input}, and counts a trial
 * only if {@link #check} accepts its output.
 *
 * @param <I> the input of one trial
 * @param <O> what a trial computes
 */
public interface SpeedupCase<I, O> {

    /** What is timed, in a student's words, e.g. "parallelMap over a CPU-bound function". */
    String name();

    /** Fresh input of about {@code size} units of work, the same for the same {@code seed}. */
    I input(int size, long seed);

    /** A size that takes the sequential baseline about a second on one core. */
    int defaultSize();

    /** How many threads the parallel entry point is given: by default, one per core the run may use. */
    default int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The sequential baseline. */
    O sequential(I input) throws Exception;

    /** The parallel entry point, on {@code threads} threads. */
    O parallel(I input, int threads) throws Exception;

    /** Whether {@code output} is the right answer for {@code input}: a wrong answer is never timed. */
    boolean check(I input, O output);
}
