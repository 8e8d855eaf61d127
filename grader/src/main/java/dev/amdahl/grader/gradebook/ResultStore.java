package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.GradeReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every result recorded for a submission and every score set on it by hand, with their history. Get it from
 * {@link Gradebook#results()}.
 *
 * <p>Nothing recorded is ever deleted: a new result makes the previous one history, and a regrade keeps the current
 * result current until the new one is recorded. A submission has at most one current result and one current
 * override at any time (the database's own unique indexes enforce it). Reports are stored as JSON through
 * {@link ReportCodec}.
 */
public final class ResultStore {

    private static final Set<SubmissionState> RECORDED_STATES =
            Set.of(SubmissionState.AWAITING_TIMING, SubmissionState.GRADED, SubmissionState.INCOMPLETE);

    private final GradebookDatabase database;

    ResultStore(GradebookDatabase database) {
        this.database = database;
    }

    /**
     * Records {@code report} as the submission's current result and moves it to {@code state}; its previous result
     * becomes history. All or nothing.
     *
     * @param state {@link SubmissionState#AWAITING_TIMING}, {@link SubmissionState#GRADED} or
     *              {@link SubmissionState#INCOMPLETE}
     * @throws IllegalArgumentException if the student is not registered, or for another state
     */
    public void record(String student, GradeReport report, SubmissionState state) {
        if (!RECORDED_STATES.contains(state)) {
            throw new IllegalArgumentException("a result leaves a submission AWAITING_TIMING, GRADED or INCOMPLETE,"
                    + " not " + state + (state == SubmissionState.UNUSABLE ? " (use recordUnusable)" : ""));
        }
        store(student, report, state, "");
    }

    /**
     * Records that the submission's input could not be used, and why: like {@link #record}, with state
     * {@link SubmissionState#UNUSABLE}.
     *
     * @param report  what grading could say (usually exercises without points)
     * @param problem what was wrong with the input, for the instructor
     */
    public void recordUnusable(String student, GradeReport report, String problem) {
        Objects.requireNonNull(problem, "problem must not be null");
        store(student, report, SubmissionState.UNUSABLE, problem);
    }

    private void store(String student, GradeReport report, SubmissionState state, String problem) {
        Objects.requireNonNull(student, "student must not be null");
        String json = ReportCodec.encode(report);
        database.inTransaction("record the result of " + student, connection -> {
            String now = database.now();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE submissions SET state = ?, updated_at = ? WHERE student = ?")) {
                update.setString(1, state.name());
                update.setString(2, now);
                update.setString(3, student);
                if (update.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no submission " + student + " is registered in "
                            + database.file());
                }
            }
            int attempt;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(max(attempt), 0) + 1 FROM results WHERE student = ?")) {
                select.setString(1, student);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    attempt = rows.getInt(1);
                }
            }
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE results SET current = 0 WHERE student = ? AND current = 1")) {
                retire.setString(1, student);
                retire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO results (seq, student, attempt,"
                    + " recorded_at, state, score, possible, complete, problem, report, current)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                insert.setLong(1, nextSeq(connection));
                insert.setString(2, student);
                insert.setInt(3, attempt);
                insert.setString(4, now);
                insert.setString(5, state.name());
                insert.setDouble(6, report.earned());
                insert.setDouble(7, report.possible());
                insert.setInt(8, report.complete() ? 1 : 0);
                insert.setString(9, problem);
                insert.setString(10, json);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Sets the submission's score by hand. It counts over every result, those of later regrades included, until a
     * later override supersedes it; earlier overrides stay in the history.
     *
     * @param points the score that counts: a number, 0 or more
     * @param by     who sets it
     * @param reason why, in their words
     * @throws GradebookException if no submission has that id, or a value is missing
     */
    public void override(String student, double points, String by, String reason) throws GradebookException {
        if (!Double.isFinite(points) || points < 0) {
            throw new GradebookException("An override needs a score of 0 or more, not " + points + ".");
        }
        if (by == null || by.isBlank()) {
            throw new GradebookException("An override needs to say who set it: give your name.");
        }
        if (reason == null || reason.isBlank()) {
            throw new GradebookException("An override needs a reason, for the student and for whoever grades next:"
                    + " say why the score is " + points + ".");
        }
        SubmissionRows.requireKnown(database, student);
        database.inTransaction("record the override of " + student, connection -> {
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE overrides SET current = 0 WHERE student = ? AND current = 1")) {
                retire.setString(1, student);
                retire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO overrides"
                    + " (seq, student, points, set_by, reason, set_at, current) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                insert.setLong(1, nextSeq(connection));
                insert.setString(2, student);
                insert.setDouble(3, points);
                insert.setString(4, by.strip());
                insert.setString(5, reason.strip());
                insert.setString(6, database.now());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Every submission, by id, with its current result and override. A submission queued for a regrade still shows
     * the result it had, until the new one is recorded.
     *
     * @throws IllegalStateException if a stored report cannot be read (written by a newer amdahl)
     */
    public List<GradebookEntry> entries() {
        return database.inTransaction("list the submissions", connection -> {
            List<GradebookEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT s.student, s.name, s.lms_user_id,"
                    + " s.origin, s.state, s.updated_at, r.report, r.problem,"
                    + " (SELECT count(*) FROM results a WHERE a.student = s.student),"
                    + " o.points, o.set_by, o.reason, o.set_at, s.lms"
                    + " FROM submissions s"
                    + " LEFT JOIN results r ON r.student = s.student AND r.current = 1"
                    + " LEFT JOIN overrides o ON o.student = s.student AND o.current = 1"
                    + " ORDER BY s.student");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Registration registration = SubmissionRows.registration(rows, 14);
                    SubmissionState state = SubmissionState.valueOf(rows.getString(5));
                    String json = rows.getString(7);
                    Optional<GradeReport> report = json == null ? Optional.empty()
                            : Optional.of(decode(registration.student(), json));
                    String problem = state == SubmissionState.UNUSABLE && rows.getString(8) != null
                            ? rows.getString(8) : "";
                    Optional<ScoreOverride> override = rows.getString(11) == null ? Optional.empty()
                            : Optional.of(new ScoreOverride(rows.getDouble(10), rows.getString(11),
                                    rows.getString(12), StoredTime.parse(rows.getString(13))));
                    entries.add(new GradebookEntry(registration, state, report, problem, override, rows.getInt(9),
                            StoredTime.parse(rows.getString(6))));
                }
            }
            return entries;
        });
    }

    private GradeReport decode(String student, String json) {
        try {
            return ReportCodec.decode(json);
        } catch (GradebookException e) {
            throw new IllegalStateException("The result of " + student + " in " + database.file() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Every result recorded for the submission and every override set on it, oldest first.
     *
     * @throws GradebookException if no submission has that id
     */
    public List<HistoryItem> history(String student) throws GradebookException {
        SubmissionRows.requireKnown(database, student);
        return database.inTransaction("read the history of " + student, connection -> {
            Map<Long, HistoryItem> items = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, attempt, recorded_at, state,"
                    + " score, possible, complete, problem, current FROM results WHERE student = ?")) {
                select.setString(1, student);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.put(rows.getLong(1), new HistoryItem.Result(rows.getInt(2),
                                StoredTime.parse(rows.getString(3)), SubmissionState.valueOf(rows.getString(4)),
                                rows.getDouble(5), rows.getDouble(6), rows.getInt(7) == 1, rows.getString(8),
                                rows.getInt(9) == 1));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, points, set_by, reason, set_at,"
                    + " current FROM overrides WHERE student = ?")) {
                select.setString(1, student);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.put(rows.getLong(1), new HistoryItem.Overridden(new ScoreOverride(rows.getDouble(2),
                                rows.getString(3), rows.getString(4), StoredTime.parse(rows.getString(5))),
                                rows.getInt(6) == 1));
                    }
                }
            }
            return List.copyOf(items.values());
        });
    }

    /** The next number in the order results and overrides were recorded in; call inside a transaction. */
    private static long nextSeq(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT max(coalesce((SELECT max(seq) FROM"
                + " results), 0), coalesce((SELECT max(seq) FROM overrides), 0)) + 1");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
