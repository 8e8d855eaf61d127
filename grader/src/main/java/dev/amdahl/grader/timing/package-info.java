/**
 * The timing lane ({@code --timing}): {@link dev.amdahl.grader.timing.TimingLane} times a submission's parallel
 * versions against the reference solution's, each side in a sandbox session of its own pinned to the same CPUs
 * ({@link dev.amdahl.grader.timing.SandboxTimedSide}), through interleaved trials
 * ({@link dev.amdahl.grader.timing.SpeedupTrials}). {@link dev.amdahl.grader.timing.SpeedupDecision} decides from
 * the trials whether the speedup is scored, inconclusive or failed, and
 * {@link dev.amdahl.grader.timing.TimingPolicy} maps the ratio of the two speedups to points. Runs only after an
 * exercise's behaviour tests all pass.
 */
package dev.amdahl.grader.timing;
