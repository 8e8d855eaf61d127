package dev.amdahl.grader.timing;

/**
 * How much to measure, from the rubric.
 *
 * @param size          the input size each trial uses (the case's default unless the rubric sets one)
 * @param warmups       untimed rounds of every side before the trials, so the JIT has compiled the hot code
 * @param trials        interleaved trials per attempt
 * @param scalingTrials runs per thread count for the speedup curve
 */
public record TimingPlan(int size, int warmups, int trials, int scalingTrials) {

    public TimingPlan {
        if (size <= 0 || warmups < 0 || trials < 3 || scalingTrials < 1) {
            throw new IllegalArgumentException("need size > 0, warmups >= 0, trials >= 3 and scalingTrials >= 1");
        }
    }
}
