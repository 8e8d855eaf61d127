/**
 * Grading a whole class: {@link dev.amdahl.grader.batch.BatchRun} is one run of {@code amdahl batch} (the output
 * folder's lock, intake into the gradebook, regrades, the lanes, the exports, the summary) from its
 * {@link dev.amdahl.grader.batch.BatchSettings}; {@link dev.amdahl.grader.batch.BatchGrader} takes pending
 * submissions from the gradebook, grades each with the {@link dev.amdahl.grader.pipeline.Grader} in a bounded number
 * of workers, records the result, then times speedups in a lane of its own;
 * {@link dev.amdahl.grader.batch.BatchExports} regenerates every file a batch writes from the gradebook (per-student
 * feedback, the LMS CSVs, the class report). Progress and the final summary live here too.
 */
package dev.amdahl.grader.batch;
