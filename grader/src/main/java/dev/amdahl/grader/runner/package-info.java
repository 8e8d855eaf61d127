/**
 * The grader's side of the sandbox runner, and the only package of the grader that uses the runner's classes
 * beyond its event protocol ({@code dev.amdahl.runner.protocol}): {@link dev.amdahl.grader.runner.RunnerInvocation}
 * is how the runner is started in the sandbox (job layout, jar, JVM flags, limits, one command line per mode), and
 * {@link dev.amdahl.grader.runner.RunnerOnHost} compiles the instructor's material and discovers its tests on this
 * host with the runner's own code. Depends on no other package of the grader.
 */
package dev.amdahl.grader.runner;
