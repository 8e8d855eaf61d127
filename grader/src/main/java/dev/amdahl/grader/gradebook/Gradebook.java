package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.FetchLog;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A batch's gradebook: every submission, where its grading stands, every result recorded for it and every score
 * set by hand, in one SQLite file (usually {@code <out>/gradebook.sqlite}). It is the single source of truth of a
 * batch: exports are regenerated from it.
 *
 * <p>It opens the file and hands out its parts, one job each: the {@link #settings() settings guard}, the
 * {@link #queue() work queue}, the {@link #results() results} with their history and overrides, and the
 * {@link #fetchLog() git fetch log}. They share the file's one connection and lock: every change is one
 * transaction, written through to the disk before it returns, so a grader killed at any moment, even by
 * {@code kill -9}, leaves either the change or nothing. Every part may be used from any thread.
 */
public final class Gradebook implements AutoCloseable {

    /** The gradebook's usual file name in a batch's output folder. */
    public static final String FILE_NAME = "gradebook.sqlite";

    private final GradebookDatabase database;
    private final SettingsGuard settings;
    private final WorkQueue queue;
    private final ResultStore results;
    private final GitFetchLog fetchLog;

    private Gradebook(GradebookDatabase database) {
        this.database = database;
        this.settings = new SettingsGuard(database);
        this.queue = new WorkQueue(database);
        this.results = new ResultStore(database);
        this.fetchLog = new GitFetchLog(database);
    }

    /**
     * Opens the gradebook in {@code file}, creating it (and its folder) when missing and bringing an older one up to
     * date.
     */
    public static Gradebook open(Path file, Clock clock) throws GradebookException {
        return new Gradebook(GradebookDatabase.open(file, clock));
    }

    /** Where the gradebook is. */
    public Path file() {
        return database.file();
    }

    /** Keeps a resumed batch to the settings it was started with. */
    public SettingsGuard settings() {
        return settings;
    }

    /** The submissions and where their grading stands: what is left to grade, to time, or to grade again. */
    public WorkQueue queue() {
        return queue;
    }

    /** Every result and override, current and past. */
    public ResultStore results() {
        return results;
    }

    /** What was seen of each git repository, and when, by the grader's clock; intake checks deadlines with it. */
    public FetchLog fetchLog() {
        return fetchLog;
    }

    @Override
    public void close() {
        database.close();
    }
}
