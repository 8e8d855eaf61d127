package dev.amdahl.grader.course;

import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.style.StylePolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What an exercise grades besides its tests' own points, from {@value #FILE} beside it. The tests' points,
 * extra credit and visibility live only in their {@code @Points} annotations; this file says only what the
 * annotations cannot:
 *
 * <pre>
 * structure = graded        # graded | feedback | off: the ArchUnit rules' points count, are shown only,
 *                           # or are left out
 * style.naming = graded     # off | feedback | graded, per category (see the style section of the docs)
 * style.naming.penalty = 0.5
 * style.naming.cap = 2
 * </pre>
 *
 * Without the file: structure rules are graded, style is feedback only.
 *
 * <p>An exercise whose submission is a test suite says so, and how the suite earns its points:
 *
 * <pre>
 * kind = student-tests
 * coverage.line = 60:2, 80:4, 90:5      # PERCENT:POINTS, the points a total from that percentage on
 * coverage.branch = 50:1, 70:2, 85:3
 * coverage.requires-caught-bug = true   # coverage counts only for a suite that catches a planted bug
 * planted-bugs.points-each = 2
 * </pre>
 *
 * @param structure    how the exercise's structure rules count
 * @param style        how each category of Checkstyle findings counts (the {@code style.*} keys)
 * @param sha256       a hash of the file's bytes, empty without a file: results record which rubric graded them
 * @param studentTests how a submitted test suite is graded, for {@code kind = student-tests}
 * @param speedup      how the exercise's parallel versions are timed ({@link SpeedupRubric}); no cases without
 *                     {@code speedup} keys
 */
public record ExerciseRubric(Treatment structure, StylePolicy style, String sha256,
        Optional<StudentTestsRubric> studentTests, SpeedupRubric speedup) {

    public static final String FILE = "rubric.properties";

    /** How a part of the rubric counts. */
    public enum Treatment {
        /** Counts toward the score. */
        GRADED,
        /** Shown to the student, worth nothing. */
        FEEDBACK,
        /** Neither run nor shown. */
        OFF;

        static Treatment parse(String value, Path file, String key) throws CourseException {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CourseException(file + ": " + key + " = " + value.strip()
                        + " is not one of graded, feedback, off.");
            }
        }
    }

    /** The value of {@code kind} for an exercise whose submission is a test suite. */
    public static final String STUDENT_TESTS = "student-tests";

    private static final Set<String> KEYS = Set.of("structure", "kind");
    private static final Set<String> SUITE_KEYS = Set.of("coverage.line", "coverage.branch",
            "coverage.requires-caught-bug", "planted-bugs.points-each");
    private static final Set<String> LATER = Set.of("coverage");

    public ExerciseRubric {
        java.util.Objects.requireNonNull(structure, "structure must not be null");
        java.util.Objects.requireNonNull(style, "style must not be null");
        java.util.Objects.requireNonNull(studentTests, "studentTests must not be null");
        java.util.Objects.requireNonNull(speedup, "speedup must not be null");
    }

    public ExerciseRubric(Treatment structure, StylePolicy style, String sha256) {
        this(structure, style, sha256, Optional.empty());
    }

    public ExerciseRubric(Treatment structure, StylePolicy style, String sha256,
            Optional<StudentTestsRubric> studentTests) {
        this(structure, style, sha256, studentTests, noSpeedup());
    }

    private static SpeedupRubric noSpeedup() {
        return new SpeedupRubric(java.util.List.of(), 0.8, 0.3, 0.2, 2, 7, 2, java.util.OptionalInt.empty(),
                SpeedupRubric.DEFAULT_REFERENCE_GAIN);
    }

    /** The rubric of an exercise without {@value #FILE}: structure rules graded, the default style policy, no hash. */
    public static ExerciseRubric defaults() {
        return new ExerciseRubric(Treatment.GRADED, StylePolicy.defaults(), "");
    }

    /** Whether the submission is a test suite rather than code under the instructor's tests. */
    public boolean gradesStudentTests() {
        return studentTests.isPresent();
    }

    /** The rubric in {@code exerciseDirectory}, or the defaults when it has no {@value #FILE}. */
    public static ExerciseRubric load(Path exerciseDirectory) throws CourseException {
        Path file = exerciseDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties properties = new Properties();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new CourseException("Cannot read " + file + ": " + e.getMessage());
        }
        Properties style = new Properties();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("style.")) {
                style.setProperty(key, properties.getProperty(key));
            } else if (SUITE_KEYS.contains(key) || SpeedupRubric.KEYS.contains(key)) {
                continue; // read below
            } else if (LATER.contains(key)) {
                throw new CourseException(file + ": '" + key + "' cannot be graded by this version of the grader "
                        + "yet. Remove the key; the tests, structure rules and style are graded"
                        + ("coverage".equals(key) ? ", and a submitted test suite's coverage (kind = student-tests,"
                                + " coverage.line, coverage.branch)." : "."));
            } else if (key.startsWith("points") || key.startsWith("test.")) {
                throw new CourseException(file + ": '" + key + "': the points of tests live only in their @Points "
                        + "annotations, so that there is one place to change them. Remove the key.");
            } else if (!KEYS.contains(key)) {
                throw new CourseException(file + ": unknown key '" + key + "'; the keys are structure, style.* "
                        + "(style.<category>, style.<category>.penalty, style.<category>.cap), and with "
                        + "kind = student-tests " + String.join(", ", SUITE_KEYS.stream().sorted().toList())
                        + "; for timed parallel versions " + String.join(", ", SpeedupRubric.KEYS.stream().sorted()
                                .toList()) + ".");
            }
        }
        Treatment structure = properties.containsKey("structure")
                ? Treatment.parse(properties.getProperty("structure"), file, "structure")
                : Treatment.GRADED;
        try {
            return new ExerciseRubric(structure, StylePolicy.parse(style, file.toString()), Hashes.sha256(bytes),
                    studentTests(properties, file), SpeedupRubric.parse(properties, file.toString()));
        } catch (IllegalArgumentException e) {
            throw new CourseException(e.getMessage());
        }
    }

    private static Optional<StudentTestsRubric> studentTests(Properties properties, Path file)
            throws CourseException {
        String kind = properties.getProperty("kind", "").strip();
        if (kind.isEmpty()) {
            for (String key : SUITE_KEYS) {
                if (properties.containsKey(key)) {
                    throw new CourseException(file + ": '" + key + "' grades a submitted test suite; it needs "
                            + "kind = " + STUDENT_TESTS + ".");
                }
            }
            return Optional.empty();
        }
        if (!kind.equals(STUDENT_TESTS)) {
            throw new CourseException(file + ": kind = " + kind + " is not known; leave it out for an exercise "
                    + "whose submission is code, or write kind = " + STUDENT_TESTS + " for one whose submission is "
                    + "a test suite.");
        }
        String requires = properties.getProperty("coverage.requires-caught-bug", "true").strip();
        if (!requires.equals("true") && !requires.equals("false")) {
            throw new CourseException(file + ": coverage.requires-caught-bug = " + requires
                    + " is not true or false.");
        }
        try {
            return Optional.of(new StudentTestsRubric(
                    Thresholds.parse(properties.getProperty("coverage.line", "")),
                    Thresholds.parse(properties.getProperty("coverage.branch", "")),
                    Boolean.parseBoolean(requires),
                    Double.parseDouble(properties.getProperty("planted-bugs.points-each", "1").strip())));
        } catch (NumberFormatException e) {
            throw new CourseException(file + ": planted-bugs.points-each = "
                    + properties.getProperty("planted-bugs.points-each").strip() + " is not a number.");
        } catch (IllegalArgumentException e) {
            throw new CourseException(file + ": " + e.getMessage());
        }
    }
}
