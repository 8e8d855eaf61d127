package dev.amdahl.grader.timing;

import dev.amdahl.runner.protocol.RunnerEvent;

/**
 * One side of a timing, the reference or the submission: a warm JVM that times one call at a time. Only one side
 * runs at a time; the other is frozen.
 */
interface TimedSide {

    /** Times one call of {@code side} on the input of {@code size} and {@code seed}. */
    RunnerEvent.Timed run(String side, int size, long seed, int threads) throws TimingException, InterruptedException;

    /** Whether {@code actual} is a right answer where this side's answer was {@code expected} (the reference's JVM). */
    boolean check(int size, long seed, String expected, String actual) throws TimingException, InterruptedException;

    /** Stops this side from using any CPU until {@link #resume}. */
    void pause() throws TimingException, InterruptedException;

    void resume() throws TimingException;
}
