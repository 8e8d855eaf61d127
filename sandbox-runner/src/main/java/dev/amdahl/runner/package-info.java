/**
 * The sandbox runner, the only grader code that runs inside the sandbox, next to the submission:
 * {@link dev.amdahl.runner.SandboxRunner} connects to the grader's event channel, checks that its memory is private
 * ({@link dev.amdahl.runner.PrivateMemory}) and takes the run's seed before any submitted class loads; then compiles
 * the submission in a javac process of its own ({@link dev.amdahl.runner.ForkedJavac}), checks the compiled classes
 * against the exercise's allowlist ({@link dev.amdahl.runner.ForbiddenApis}), and runs the tests with our own JUnit
 * engine and listeners ({@link dev.amdahl.runner.TestExecution}). Other modes grade a student's test suite against
 * planted bugs ({@link dev.amdahl.runner.StudentTestsRun}) or time a speedup case
 * ({@link dev.amdahl.runner.TimingRun}).
 */
package dev.amdahl.runner;
