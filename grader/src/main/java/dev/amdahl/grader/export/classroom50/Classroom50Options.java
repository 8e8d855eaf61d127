package dev.amdahl.grader.export.classroom50;

import dev.amdahl.grader.export.BundledGrading;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Classroom 50 assignment graded by Amdahl.
 *
 * @param classroom  the classroom's short name: the folder of the configuration repository it lives in
 * @param assignment the assignment's slug, as {@code gh teacher assignment add} was given it
 * @param grading    what is graded, and how ({@code amdahl grade}'s options)
 * @param graderUrl  where the autograder downloads the grader's jar from: an https address the runners of the
 *                   students' repositories can read (or a file, to try the export on this machine)
 */
public record Classroom50Options(String classroom, String assignment, BundledGrading grading, URI graderUrl) {

    /** Classroom 50's rule for an assignment's slug ({@code gh teacher assignment add}). */
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}");
    /** A classroom's short name: a plain folder name. */
    static final Pattern CLASSROOM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public Classroom50Options {
        Objects.requireNonNull(grading, "grading must not be null");
        if (classroom == null || !CLASSROOM.matcher(classroom).matches() || classroom.contains("..")) {
            throw new IllegalArgumentException("--classroom must be the classroom's short name (letters, digits, "
                    + "'.', '_' and '-'), got " + classroom);
        }
        if (assignment == null || !SLUG.matcher(assignment).matches()) {
            throw new IllegalArgumentException("--assignment must be the assignment's slug as Classroom 50 writes "
                    + "it (2 to 39 lowercase letters, digits and '-', starting with a letter or digit), got "
                    + assignment);
        }
        String scheme = graderUrl == null || graderUrl.getScheme() == null ? ""
                : graderUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("file")) {
            throw new IllegalArgumentException("--grader-url must be an https:// address that the students' runners "
                    + "can read (or file:// to try the export here), got " + graderUrl);
        }
    }
}
