package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code submissions} table as the parts of the gradebook share it: how a {@link Registration} is stored in
 * its columns and read back, and whether a student is in it.
 */
final class SubmissionRows {

    private SubmissionRows() {
    }

    /** The LMS id as stored in {@code lms_user_id}: "" when the input carried none. */
    static String lmsUserId(Registration registration) {
        return registration.lmsId().map(LmsId::value).orElse("");
    }

    /** Which LMS gave the id, as stored in {@code lms}: "" when the input carried none. */
    static String lms(Registration registration) {
        return registration.lmsId().map(id -> id.lms().name()).orElse("");
    }

    /** The registration in columns 1 to 4 (student, name, lms_user_id, origin) and 5 (lms). */
    static Registration registration(ResultSet rows) throws SQLException {
        return registration(rows, 5);
    }

    /**
     * The registration in columns 1 to 4 (student, name, lms_user_id, origin) and {@code lmsColumn} (lms). An id
     * whose LMS was not recorded (a gradebook from before it was) is left out rather than guessed.
     */
    static Registration registration(ResultSet rows, int lmsColumn) throws SQLException {
        String lms = rows.getString(lmsColumn);
        String lmsUserId = rows.getString(3);
        Optional<LmsId> lmsId = lms.isEmpty() || lmsUserId.isEmpty() ? Optional.empty()
                : Optional.of(new LmsId(Lms.valueOf(lms), lmsUserId));
        return new Registration(rows.getString(1), rows.getString(2), lmsId, rows.getString(4));
    }

    /**
     * Checks that a submission has the id {@code student}.
     *
     * @throws GradebookException if none has, naming the ids that exist
     */
    static void requireKnown(GradebookDatabase database, String student) throws GradebookException {
        List<String> known = database.inTransaction("look up " + student, connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT student FROM submissions ORDER BY student");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
        if (!known.contains(student)) {
            throw new GradebookException(UnknownStudent.message(student, known, database.file()));
        }
    }
}
