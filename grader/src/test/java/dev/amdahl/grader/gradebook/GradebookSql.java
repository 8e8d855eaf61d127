package dev.amdahl.grader.gradebook;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Looks into a gradebook's file with plain SQL, past the class under test. */
final class GradebookSql {

    private GradebookSql() {
    }

    /** The first column of every row {@code sql} returns, as text. */
    static List<String> column(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Students whose results do not have exactly one current among them. */
    static List<String> studentsWithoutOneCurrentResult(Path file) throws SQLException {
        return column(file, "SELECT student FROM results GROUP BY student HAVING sum(current) <> 1");
    }
}
