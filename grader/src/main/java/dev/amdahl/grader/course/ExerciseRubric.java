package dev.amdahl.grader.course;

import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.style.StylePolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What an exercise grades besides its tests' own points, from {@value #FILE} beside it. The tests' points,
 * extra credit and visibility live only in their {@code @Points} annotations; this file says only what the
 * annotations cannot:
 *
 * <pre>
 * structure = graded        # graded | feedback | off: the ArchUnit rules' points count, are shown only, or are left out
 * style.naming = graded     # off | feedback | graded, per category (see the style section of the docs)
 * style.naming.penalty = 0.5
 * style.naming.cap = 2
 * </pre>
 *
 * Without the file: structure rules are graded, style is feedback only.
 *
 * @param structure  how the exercise's structure rules count
 * @param style      how each category of Checkstyle findings counts (the {@code style.*} keys)
 * @param sha256     a hash of the file's bytes, empty without a file: results record which rubric graded them
 */
public record ExerciseRubric(Treatment structure, StylePolicy style, String sha256) {

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

    private static final Set<String> KEYS = Set.of("structure");
    private static final Set<String> LATER = Set.of("coverage", "speedup");

    public ExerciseRubric {
        java.util.Objects.requireNonNull(structure, "structure must not be null");
        java.util.Objects.requireNonNull(style, "style must not be null");
    }

    public static ExerciseRubric defaults() {
        return new ExerciseRubric(Treatment.GRADED, StylePolicy.defaults(), "");
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
            } else if (LATER.contains(key)) {
                throw new CourseException(file + ": '" + key + "' cannot be graded by this version of the grader "
                        + "yet. Remove the key; the tests, structure rules and style are graded.");
            } else if (key.startsWith("points") || key.startsWith("test.")) {
                throw new CourseException(file + ": '" + key + "': the points of tests live only in their @Points "
                        + "annotations, so that there is one place to change them. Remove the key.");
            } else if (!KEYS.contains(key)) {
                throw new CourseException(file + ": unknown key '" + key + "'; the keys are structure and style.* "
                        + "(style.<category>, style.<category>.penalty, style.<category>.cap).");
            }
        }
        Treatment structure = properties.containsKey("structure")
                ? Treatment.parse(properties.getProperty("structure"), file, "structure")
                : Treatment.GRADED;
        try {
            return new ExerciseRubric(structure, StylePolicy.parse(style, file.toString()), Hashes.sha256(bytes));
        } catch (IllegalArgumentException e) {
            throw new CourseException(e.getMessage());
        }
    }
}
