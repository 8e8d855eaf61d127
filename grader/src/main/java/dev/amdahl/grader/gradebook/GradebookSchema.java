package dev.amdahl.grader.gradebook;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The gradebook's tables, and the steps that bring an older gradebook up to date. Each step runs in the same
 * transaction as the version it records, so a gradebook is always at one version or the next, never between.
 */
final class GradebookSchema {

    private static final String STATES = "'PENDING', 'GRADING', 'AWAITING_TIMING', 'GRADED', 'INCOMPLETE', 'UNUSABLE'";
    private static final String RESULT_STATES = "'AWAITING_TIMING', 'GRADED', 'INCOMPLETE', 'UNUSABLE'";

    /** Step i brings a gradebook from version i to version i + 1. Never edit a step once released: add one. */
    private static final List<List<String>> STEPS = List.of(List.of(
            "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE submissions ("
                    + " student TEXT PRIMARY KEY,"
                    + " name TEXT NOT NULL,"
                    + " lms_user_id TEXT NOT NULL,"
                    + " origin TEXT NOT NULL,"
                    + " state TEXT NOT NULL CHECK (state IN (" + STATES + ")),"
                    + " registered_at TEXT NOT NULL,"
                    + " updated_at TEXT NOT NULL)",
            "CREATE INDEX submissions_by_state ON submissions (state, student)",
            // seq orders results and overrides together, as they happened, whatever the clock said.
            "CREATE TABLE results ("
                    + " id INTEGER PRIMARY KEY,"
                    + " seq INTEGER NOT NULL UNIQUE,"
                    + " student TEXT NOT NULL REFERENCES submissions (student),"
                    + " attempt INTEGER NOT NULL CHECK (attempt >= 1),"
                    + " recorded_at TEXT NOT NULL,"
                    + " state TEXT NOT NULL CHECK (state IN (" + RESULT_STATES + ")),"
                    + " score REAL NOT NULL,"
                    + " possible REAL NOT NULL,"
                    + " complete INTEGER NOT NULL CHECK (complete IN (0, 1)),"
                    + " problem TEXT NOT NULL,"
                    + " report TEXT NOT NULL,"
                    + " current INTEGER NOT NULL CHECK (current IN (0, 1)),"
                    + " UNIQUE (student, attempt))",
            // The database itself refuses a second current result: no bug elsewhere can make two.
            "CREATE UNIQUE INDEX results_one_current ON results (student) WHERE current = 1",
            "CREATE TABLE overrides ("
                    + " id INTEGER PRIMARY KEY,"
                    + " seq INTEGER NOT NULL UNIQUE,"
                    + " student TEXT NOT NULL REFERENCES submissions (student),"
                    + " points REAL NOT NULL,"
                    + " set_by TEXT NOT NULL,"
                    + " reason TEXT NOT NULL,"
                    + " set_at TEXT NOT NULL,"
                    + " current INTEGER NOT NULL CHECK (current IN (0, 1)))",
            "CREATE UNIQUE INDEX overrides_one_current ON overrides (student) WHERE current = 1",
            "CREATE TABLE fetches ("
                    + " id INTEGER PRIMARY KEY,"
                    + " repository TEXT NOT NULL,"
                    + " fetched_at TEXT NOT NULL,"
                    + " head TEXT NOT NULL,"
                    + " UNIQUE (repository, fetched_at, head))"),
            // Which LMS gave lms_user_id: a Canvas user id and a Moodle participant number are both numbers. Rows
            // written before keep '' (unknown) until the next registration records it, so no export guesses.
            List.of("ALTER TABLE submissions ADD COLUMN lms TEXT NOT NULL DEFAULT ''"
                    + " CHECK (lms IN ('', 'CANVAS', 'MOODLE'))"));

    /** The version this grader writes. */
    static final int VERSION = STEPS.size();

    private GradebookSchema() {
    }

    /** Creates the tables of a new gradebook, or brings an older one up to date; refuses a newer one. */
    static void migrate(Connection connection, Path file) throws SQLException, GradebookException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int version = version(statement, file);
            if (version > VERSION) {
                throw new GradebookException("The gradebook " + file + " was written by a newer amdahl (schema "
                        + version + "; this one knows up to " + VERSION + "). Use that version, or a new --out"
                        + " folder.");
            }
            for (int step = version; step < VERSION; step++) {
                for (String sql : STEPS.get(step)) {
                    statement.executeUpdate(sql);
                }
            }
            if (version < VERSION) {
                statement.executeUpdate("DELETE FROM schema_version");
                statement.executeUpdate("INSERT INTO schema_version (version) VALUES (" + VERSION + ")");
            }
            connection.commit();
        } catch (SQLException | GradebookException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int version(Statement statement, Path file) throws SQLException, GradebookException {
        boolean versioned;
        int tables;
        try (ResultSet rows = statement.executeQuery("SELECT count(*), coalesce(sum(name = 'schema_version'), 0)"
                + " FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            rows.next();
            tables = rows.getInt(1);
            versioned = rows.getInt(2) == 1;
        }
        if (!versioned && tables > 0) {
            throw new GradebookException(file + " is a database, but not an amdahl gradebook. Choose another --out"
                    + " folder.");
        }
        if (!versioned) {
            statement.executeUpdate("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            return 0;
        }
        try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
