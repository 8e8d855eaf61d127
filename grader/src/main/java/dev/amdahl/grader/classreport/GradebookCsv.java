package dev.amdahl.grader.classreport;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.io.AtomicFile;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grading.Scores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The gradebook as the CSV files that Canvas and Moodle import: UTF-8, RFC 4180 quoting (commons-csv), written whole
 * or not at all. Every text cell that a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return at its start) gets a leading {@code '}, so a student named
 * {@code =HYPERLINK(…)} stays a name.
 *
 * <p>Each file holds only the students whose submission came with that LMS's own id (read from its download's
 * names): both ids are plain numbers, and the other system's number, or ours, would name an unrelated student there.
 * {@link #leftOut} lists the others. The grade is an override's when there is one, else a final grade's; a student
 * not graded completely (not yet, an upload that was unusable, a part we could not grade) has an empty grade cell,
 * which both LMSs import as no grade rather than a zero.
 */
public final class GradebookCsv {

    /** Canvas's gradebook columns before the assignments, in its export's order. */
    static final List<String> CANVAS_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");

    /** Moodle's assignment grading worksheet, as "Download grading worksheet" writes it. */
    static final List<String> MOODLE_COLUMNS = List.of("Identifier", "Full name", "Email address", "Status", "Grade",
            "Maximum Grade", "Grade can be changed", "Last modified (grade)", "Feedback comments");

    /** Moodle reads the participant number after this prefix ({@code get_string('hiddenuser', 'assign')}). */
    static final String MOODLE_PARTICIPANT = "Participant ";

    /** Moodle reads "Last modified (grade)" with PHP's strtotime, which takes ISO 8601 with an offset. */
    private static final DateTimeFormatter MOODLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.UTC);

    private GradebookCsv() {
    }

    /**
     * Canvas's gradebook import: {@code Student,ID,SIS User ID,SIS Login ID,Section,<assignment>}, a
     * {@code Points Possible} row as Canvas's own export has, then one row per student with a Canvas user id, in
     * {@code ID}, which Canvas looks students up by. The SIS columns stay empty: they hold the institution's ids, which
     * a download does not carry.
     *
     * @param assignment the assignment's column name; Canvas matches it to an existing assignment by name (or by
     *                   "name (id)"), and creates a new assignment for a name it does not know
     */
    public static void writeCanvas(List<GradebookEntry> entries, String assignment, Path file) throws IOException {
        Objects.requireNonNull(assignment, "assignment must not be null");
        List<String> header = new ArrayList<>(CANVAS_COLUMNS);
        header.add(assignment);
        double possible = entries.stream().mapToDouble(GradebookEntry::possible).max().orElse(0);
        AtomicFile.write(file, writer -> {
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                csv.printRecord(text(header));
                csv.printRecord("Points Possible", "", "", "", "", possible > 0 ? Scores.format(possible) : "");
                Set<String> shared = sharedIds(entries, Lms.CANVAS);
                for (GradebookEntry entry : entries) {
                    Optional<String> userId = entry.registration().idIn(Lms.CANVAS);
                    if (userId.isPresent() && !shared.contains(userId.get())) {
                        csv.printRecord(text(entry.registration().name()), userId.get(), "", "", "", score(entry));
                    }
                }
            }
        });
    }

    /**
     * Moodle's grading worksheet ("Upload grading worksheet" in the assignment), one row per student with a Moodle
     * participant number. Moodle cuts the length of "Participant " off the identifier and looks up whatever number
     * is left, so a row of any other student would be read as some participant's.
     */
    public static void writeMoodle(List<GradebookEntry> entries, Path file) throws IOException {
        AtomicFile.write(file, writer -> {
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                csv.printRecord(MOODLE_COLUMNS);
                Set<String> shared = sharedIds(entries, Lms.MOODLE);
                for (GradebookEntry entry : entries) {
                    Optional<String> participant = entry.registration().idIn(Lms.MOODLE);
                    if (participant.isEmpty() || shared.contains(participant.get())) {
                        continue;
                    }
                    csv.printRecord(MOODLE_PARTICIPANT + participant.get(),
                            text(entry.registration().name()), "", text(status(entry)), score(entry),
                            entry.possible() > 0 ? Scores.format(entry.possible()) : "", "Yes",
                            MOODLE_TIME.format(lastModified(entry)), text(moodleFeedback(entry)));
                }
            }
        });
    }

    /**
     * The ids of the students a file for {@code lms} leaves out: their submissions carry no id of that LMS (they came
     * from another download, a folder or a repository).
     */
    public static List<String> leftOut(List<GradebookEntry> entries, Lms lms) {
        return entries.stream().filter(e -> e.registration().idIn(lms).isEmpty()).map(GradebookEntry::student)
                .toList();
    }

    /**
     * The ids of {@code lms} that more than one student's submission carries (two uploads named with the same user
     * id): the LMS would give the one student both grades, the later row winning, so neither row is written and
     * {@link #sharingAnId} names them.
     */
    public static Set<String> sharedIds(List<GradebookEntry> entries, Lms lms) {
        Map<String, Long> counts = entries.stream().flatMap(e -> e.registration().idIn(lms).stream())
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The students whose id of {@code lms} another student's submission carries too: left out of its file. */
    public static List<String> sharingAnId(List<GradebookEntry> entries, Lms lms) {
        Set<String> shared = sharedIds(entries, lms);
        return entries.stream().filter(e -> e.registration().idIn(lms).filter(shared::contains).isPresent())
                .map(GradebookEntry::student).toList();
    }

    /**
     * The grade to import: an override's, else a final grade's; "" for a student not graded completely (pending,
     * unusable, incomplete, speedup not timed yet), so the LMS records no grade instead of a zero or a part.
     */
    static String score(GradebookEntry entry) {
        if (entry.override().isEmpty() && entry.state() != SubmissionState.GRADED) {
            return "";
        }
        return entry.score().map(Scores::format).orElse("");
    }

    /** A text cell a spreadsheet shows as text: a leading {@code '} where it would start a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static List<String> text(List<String> values) {
        return values.stream().map(GradebookCsv::text).toList();
    }

    /** Where grading stands, in an instructor's words. */
    static String status(GradebookEntry entry) {
        String state = switch (entry.state()) {
            case PENDING -> "Not graded yet";
            case GRADING -> "Being graded";
            case AWAITING_TIMING -> "Tests graded; speedup not timed yet";
            case GRADED -> "Graded";
            case INCOMPLETE -> "Incomplete: regrade";
            case UNUSABLE -> unusable(entry);
        };
        return state + (entry.override().isPresent() ? " (score set by hand)" : "");
    }

    private static Instant lastModified(GradebookEntry entry) {
        return entry.override().map(o -> o.at().isAfter(entry.updatedAt()) ? o.at() : entry.updatedAt())
                .orElse(entry.updatedAt());
    }

    /**
     * "processes: 7 / 10; threadpools: 5 / 8; late: −1.2": one line, no HTML (Moodle shows the comment as HTML, so
     * the characters that would start markup are escaped).
     */
    static String moodleFeedback(GradebookEntry entry) {
        List<String> parts = new ArrayList<>();
        if (entry.state() == SubmissionState.UNUSABLE) {
            parts.add(unusable(entry)); // its report's zeros say nothing about the code, which never ran
        } else {
            entry.report().filter(r -> entry.state().hasResult())
                    .ifPresent(report -> parts.addAll(perExercise(report)));
        }
        if (entry.override().isPresent()) {
            parts.add("score set by your instructor");
        }
        return html(parts.stream().collect(Collectors.joining("; ")).replaceAll("[\\r\\n\\t]+", " "));
    }

    /** "Unusable: " and why: the one word for an upload that could not be graded, in every export. */
    private static String unusable(GradebookEntry entry) {
        return entry.problem().isBlank() ? "Unusable" : "Unusable: " + entry.problem();
    }

    private static List<String> perExercise(GradeReport report) {
        List<String> parts = new ArrayList<>();
        for (ExerciseResult exercise : report.exercises()) {
            parts.add(exercise.exercise() + ": " + (exercise.verdict().graded()
                    ? Scores.format(exercise.earned()) + " / " + Scores.format(exercise.possible()) : "not graded"));
        }
        if (report.latePenalty() > 0) {
            parts.add("late: −" + Scores.format(report.latePenalty()));
        }
        return parts;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
