/**
 * The grading pipeline for one submission: {@link dev.amdahl.grader.grading.Grader} grades it exercise by exercise
 * (stage, run the runner in the sandbox, interpret its events, run the hidden tests, check style, time speedups)
 * and returns a {@link dev.amdahl.grader.scoring.GradeReport}; {@link dev.amdahl.grader.grading.SuiteRuns} does the
 * same for an exercise whose submission is a test suite (one run on the program, one per planted bug). The runner's
 * command line comes from {@link dev.amdahl.grader.runner.RunnerInvocation}. Not to be confused with {@code dev.amdahl.grading}, the grading API that
 * tests and students use.
 */
package dev.amdahl.grader.grading;
