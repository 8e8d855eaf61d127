/**
 * The result model and its arithmetic: an exercise's grade ({@link dev.amdahl.grader.scoring.ExerciseResult}, whose
 * {@code earned()} and {@code possible()} add up tests, structure, style and speedups), a submission's grade
 * ({@link dev.amdahl.grader.scoring.GradeReport}, with the late penalty from
 * {@link dev.amdahl.grader.scoring.LatePolicy}), the {@link dev.amdahl.grader.scoring.Verdict}s, and what a student
 * may see ({@link dev.amdahl.grader.scoring.Disclosure}), both applied to a report by
 * {@link dev.amdahl.grader.scoring.GradingTerms}; the results of what was not run or not timed, with the
 * reason ({@link dev.amdahl.grader.scoring.ExerciseResults}); what a speedup's timing measured
 * ({@link dev.amdahl.grader.scoring.SpeedupMeasurement}, {@link dev.amdahl.grader.scoring.ScalingPoint}), which the
 * timing lane fills in. Every report, the gradebook and the exports read grades from here; nothing here runs code.
 */
package dev.amdahl.grader.scoring;
