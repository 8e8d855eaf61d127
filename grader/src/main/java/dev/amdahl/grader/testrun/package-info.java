/**
 * What the instructor's tests expect and what a sandbox run reported, on the host: the expected tests and their
 * points, compiled and discovered from the instructor's material alone
 * ({@link dev.amdahl.grader.testrun.ExpectedTests}); the runner's events as they arrive
 * ({@link dev.amdahl.grader.testrun.RunnerWatcher}); and the decision of an exercise's verdict and per-test outcomes
 * from those events and how the run ended ({@link dev.amdahl.grader.testrun.RunInterpreter}), joined with the hidden
 * tests' own run by {@link dev.amdahl.grader.testrun.HiddenTestRun}. Nothing here trusts what the submission says
 * about itself.
 */
package dev.amdahl.grader.testrun;
