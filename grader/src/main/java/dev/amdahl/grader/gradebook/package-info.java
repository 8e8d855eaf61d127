/**
 * The batch's single source of truth: one SQLite file, opened by {@link dev.amdahl.grader.gradebook.Gradebook}, which
 * hands out its parts, one job each: the {@link dev.amdahl.grader.gradebook.SettingsGuard} (a resumed batch keeps the
 * settings it was started with), the {@link dev.amdahl.grader.gradebook.WorkQueue} (every submission's registration
 * and state, which makes a batch resumable after a crash), the {@link dev.amdahl.grader.gradebook.ResultStore} (every
 * result and score override with its history, reports stored as JSON through
 * {@link dev.amdahl.grader.gradebook.ReportCodec}), and intake's {@link dev.amdahl.grader.intake.FetchLog} (what was
 * seen of each git repository). The gradebook stores what intake registers; intake never depends on it.
 */
package dev.amdahl.grader.gradebook;
