/**
 * The grading pipeline for one submission: {@link dev.amdahl.grader.pipeline.Grader} grades it exercise by exercise
 * (stage, run the runner in the sandbox, interpret its events, run the hidden tests, check style, time speedups)
 * and returns a {@link dev.amdahl.grader.scoring.GradeReport}; {@link dev.amdahl.grader.pipeline.SuiteRuns} does the
 * same for an exercise whose submission is a test suite (one run on the program, one per planted bug). The runner's
 * command line comes from {@link dev.amdahl.grader.runner.RunnerInvocation}, the results of what was not run from
 * {@link dev.amdahl.grader.scoring.ExerciseResults}. (The grading API that tests and students use is
 * {@code dev.amdahl.grading}.)
 */
package dev.amdahl.grader.pipeline;
