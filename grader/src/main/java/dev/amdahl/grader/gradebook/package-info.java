/**
 * The batch's single source of truth: {@link dev.amdahl.grader.gradebook.Gradebook}, one SQLite file that holds every
 * submission's registration and state (the work queue that makes a batch resumable after a crash), every result and
 * score override with its history, and what was seen of each git repository. Results are stored as JSON through
 * {@link dev.amdahl.grader.gradebook.ReportCodec}.
 */
package dev.amdahl.grader.gradebook;
