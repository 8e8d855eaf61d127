/**
 * The wire between the runner and the grader, shared by both sides: the events the runner sends
 * ({@link dev.amdahl.runner.protocol.RunnerEvent}, one JSON line each through
 * {@link dev.amdahl.runner.protocol.EventCodec}), the runner's end of the channel
 * ({@link dev.amdahl.runner.protocol.EventChannel}), the grader's reader of it
 * ({@link dev.amdahl.runner.protocol.EventStreamReader}), and the commands the timing lane sends back
 * ({@link dev.amdahl.runner.protocol.TimingCommand}).
 */
package dev.amdahl.runner.protocol;
