package dev.amdahl.grading;

/**
 * How a parallel exercise is timed: a declaration in the exercise's tests that the grader's timing lane finds
 * (a public class with a no-argument constructor implementing this interface), so that speedup can be
 * measured without touching the exercise again. The grader times {@link #sequential} of the reference
 * against {@link #parallel} of the submission, each on fresh input from {@link #input}. The reference and the
 * submission run in separate JVMs, so a timed output is compared by its {@link #fingerprint}: the reference's
 * JVM decides with {@link #matches} whether the submission's is right, and a trial counts only if it is.
 * {@link #check} is the same test within one JVM, for the exercise's own tests and a student's local timing.
 *
 * @param <I> the input of one trial
 * @param <O> what a trial computes
 */
public interface SpeedupCase<I, O> {

    /**
     * The grader's seeds for one case all differ modulo this number (and it never times more inputs than this in
     * one session), so an input chosen by {@code Math.floorMod(seed, DISTINCT_SEEDS)}, a window of numbers say, is
     * never the one of another timed seed.
     */
    int DISTINCT_SEEDS = 1024;

    /** What is timed, in a student's words, e.g. "parallelMap over a CPU-bound function". */
    String name();

    /**
     * Fresh input of about {@code size} units of work, the same for the same {@code seed}. Inputs of seeds that
     * differ modulo {@link #DISTINCT_SEEDS} must share no work that a submission could remember from one call to
     * the next (the same numbers, blocks, lines or sub-results): the grader times each seed's input once, so that
     * only parallelism, not memory, makes a version fast. Random data drawn from {@code new Random(seed)} does;
     * numbers taken from 0 up to about {@code size} do not.
     */
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

    /**
     * {@code output} as the grader compares it with the reference's, from another JVM: its exact text, or a digest
     * of it ({@link Fingerprint}). One line, no longer than a few kilobytes. It is taken inside the timed run, so
     * an output that leaves its work for later (a lazy view, say) is timed in full.
     */
    String fingerprint(O output);

    /**
     * Whether the submission's fingerprint {@code actual} is a right answer for {@code input}, where the
     * reference's is {@code expected}. Runs in the reference's JVM. By default the two must be equal; an output
     * that may differ within a tolerance (floating point summed in another order) says how.
     */
    default boolean matches(I input, String expected, String actual) {
        return expected.equals(actual);
    }
}
