package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Registration;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The batch's work queue: which submissions wait to be graded, which are being graded, which wait for the timing
 * lane, and which are asked to be graded again. It is what makes a batch resumable after a crash. Get it from
 * {@link Gradebook#queue()}; results are recorded in the {@link ResultStore}, which moves a submission on.
 *
 * <p>{@link #claim()} hands each pending submission to one caller only, in this process and across processes.
 */
public final class WorkQueue {

    private final GradebookDatabase database;

    WorkQueue(GradebookDatabase database) {
        this.database = database;
    }

    /**
     * Adds the submissions not yet in the gradebook as {@link SubmissionState#PENDING}. A known one keeps its state
     * and results; only its name, LMS id and origin are brought up to date. All or nothing.
     *
     * @return how many were new
     */
    public int register(List<Registration> registrations) {
        Set<String> seen = new HashSet<>();
        for (Registration registration : registrations) {
            if (!seen.add(registration.student())) {
                throw new IllegalArgumentException("two submissions have the id " + registration.student());
            }
        }
        return database.inTransaction("register the submissions", connection -> {
            String now = database.now();
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submissions"
                    + " (student, name, lms_user_id, lms, origin, state, registered_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (student) DO NOTHING");
                    PreparedStatement update = connection.prepareStatement("UPDATE submissions"
                            + " SET name = ?, lms_user_id = ?, lms = ?, origin = ? WHERE student = ?"
                            + " AND (name <> ? OR lms_user_id <> ? OR lms <> ? OR origin <> ?)")) {
                for (Registration r : registrations) {
                    String lmsUserId = SubmissionRows.lmsUserId(r);
                    String lms = SubmissionRows.lms(r);
                    insert.setString(1, r.student());
                    insert.setString(2, r.name());
                    insert.setString(3, lmsUserId);
                    insert.setString(4, lms);
                    insert.setString(5, r.origin());
                    insert.setString(6, now);
                    insert.setString(7, now);
                    if (insert.executeUpdate() == 1) {
                        added++;
                        continue;
                    }
                    update.setString(1, r.name());
                    update.setString(2, lmsUserId);
                    update.setString(3, lms);
                    update.setString(4, r.origin());
                    update.setString(5, r.student());
                    update.setString(6, r.name());
                    update.setString(7, lmsUserId);
                    update.setString(8, lms);
                    update.setString(9, r.origin());
                    update.executeUpdate();
                }
            }
            return added;
        });
    }

    /**
     * Puts back the submissions a killed run left {@link SubmissionState#GRADING}, so that they are graded again.
     * Call it only when no other grader uses this gradebook.
     *
     * @return how many
     */
    public int resumeInterrupted() {
        return database.inTransaction("resume the interrupted submissions", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE submissions SET state = 'PENDING', updated_at = ? WHERE state = 'GRADING'")) {
                update.setString(1, database.now());
                return update.executeUpdate();
            }
        });
    }

    /**
     * Takes the first pending submission (by id) for grading: it becomes {@link SubmissionState#GRADING}, and no
     * other caller, in this process or another, gets it.
     *
     * @return the submission to grade; empty when none is pending
     */
    public Optional<Registration> claim() {
        return database.inTransaction("claim a submission", connection -> {
            Optional<Registration> next;
            try (PreparedStatement select = connection.prepareStatement("SELECT student, name, lms_user_id, origin, lms"
                    + " FROM submissions WHERE state = 'PENDING' ORDER BY student LIMIT 1");
                    ResultSet rows = select.executeQuery()) {
                next = rows.next() ? Optional.of(SubmissionRows.registration(rows)) : Optional.empty();
            }
            if (next.isPresent()) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE submissions"
                        + " SET state = 'GRADING', updated_at = ? WHERE student = ? AND state = 'PENDING'")) {
                    update.setString(1, database.now());
                    update.setString(2, next.get().student());
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("the submission " + next.get().student()
                                + " stopped being pending while claimed");
                    }
                }
            }
            return next;
        });
    }

    /** The submissions whose tests are graded and whose speedups wait for the timing lane, by id. */
    public List<Registration> awaitingTiming() {
        return database.inTransaction("list the submissions awaiting timing", connection -> {
            List<Registration> waiting = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT student, name, lms_user_id, origin, lms"
                    + " FROM submissions WHERE state = 'AWAITING_TIMING' ORDER BY student");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.add(SubmissionRows.registration(rows));
                }
            }
            return waiting;
        });
    }

    /**
     * Asks for the submission to be graded again: it becomes pending, and its current result stays current until
     * the new one is recorded. A submission pending or being graded is left as it is.
     *
     * @return 1 if it was queued, 0 if it already was (or is being graded)
     * @throws GradebookException if no submission has that id
     */
    public int requestRegrade(String student) throws GradebookException {
        SubmissionRows.requireKnown(database, student);
        return regrade("student = ?", student);
    }

    /** Asks for every graded submission to be graded again (see {@link #requestRegrade}); returns how many. */
    public int requestRegradeAll() {
        return regrade("1 = 1", null);
    }

    /**
     * Asks for the submissions {@link SubmissionState#INCOMPLETE} or {@link SubmissionState#UNUSABLE} to be graded
     * again (see {@link #requestRegrade}); returns how many.
     */
    public int requestRegradeIncomplete() {
        return regrade("state IN ('INCOMPLETE', 'UNUSABLE')", null);
    }

    private int regrade(String condition, String student) {
        return database.inTransaction("queue a regrade", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE submissions"
                    + " SET state = 'PENDING', updated_at = ?"
                    + " WHERE state IN ('AWAITING_TIMING', 'GRADED', 'INCOMPLETE', 'UNUSABLE') AND " + condition)) {
                update.setString(1, database.now());
                if (student != null) {
                    update.setString(2, student);
                }
                return update.executeUpdate();
            }
        });
    }

    /** How many submissions are in each state; every state is present, 0 included. */
    public Map<SubmissionState, Integer> counts() {
        return database.inTransaction("count the submissions", connection -> {
            Map<SubmissionState, Integer> counts = new EnumMap<>(SubmissionState.class);
            for (SubmissionState state : SubmissionState.values()) {
                counts.put(state, 0);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, count(*) FROM submissions GROUP BY state");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(SubmissionState.valueOf(rows.getString(1)), rows.getInt(2));
                }
            }
            return counts;
        });
    }
}
