package dev.amdahl.grader.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a submission belongs to, read from the name the LMS gave its file or folder, or from a repository's name.
 * Ids are safe as file names ({@code [A-Za-z0-9._-]+}, no leading dot, never empty).
 */
public final class StudentIds {

    /**
     * What a name says about its student.
     *
     * @param id        the student id, sanitized
     * @param name      the student's name as the LMS spelled it, or the id
     * @param lmsId     the LMS's own id for the student, with the LMS whose name form gave it; empty for other names
     * @param notes     what the LMS said about the submission, e.g. that it was late
     */
    public record Parsed(String id, String name, Optional<LmsId> lmsId, List<String> notes) {
        public Parsed {
            Objects.requireNonNull(lmsId, "lmsId must not be null");
            notes = List.copyOf(notes);
        }

        /** A name that carries no LMS id. */
        public Parsed(String id, String name) {
            this(id, name, Optional.empty(), List.of());
        }
    }

    /**
     * Moodle: "Jane Smith_123456_assignsubmission_file_" (a folder) or that prefix before the file's own name. The
     * number is the participant number ({@code get_uniqueid_for_user}) that the grading worksheet names
     * "Participant 123456".
     */
    private static final Pattern MOODLE = Pattern.compile("^(.+?)_(\\d+)_assignsubmission_([a-z]+)_?(.*)$",
            Pattern.DOTALL);
    /** Blackboard: "Assignment1_jsmith_attempt_2026-12-02-10-15-00_copy.zip" (the file's own name is optional). */
    private static final Pattern BLACKBOARD = Pattern.compile(
            "^(.*)_([^_]+)_attempt_(\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2})(?:_(.*))?$", Pattern.DOTALL);
    /**
     * Canvas: "smithjane_12345_67890_copy.zip", or "smithjane_LATE_12345_67890_copy.zip" past the due date: the
     * sortable name, the Canvas user id (the gradebook's {@code ID}), the attachment id, the file's own name.
     */
    private static final Pattern CANVAS = Pattern.compile("^([a-z0-9]+)(_late)?_(\\d+)_(\\d+)_(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private StudentIds() {
    }

    /**
     * What the name of a file or folder in an LMS download says. Moodle, Blackboard and Canvas names are
     * recognised; any other name gives its base name (without an archive extension), sanitized.
     */
    public static Parsed fromName(String fileName) {
        String base = ArchiveUnpacker.Kind.stripExtension(fileName);
        Matcher moodle = MOODLE.matcher(base);
        if (moodle.matches()) {
            String name = moodle.group(1).strip();
            return new Parsed(sanitize(name.toLowerCase(Locale.ROOT)), name,
                    Optional.of(new LmsId(Lms.MOODLE, moodle.group(2))), List.of());
        }
        Matcher blackboard = BLACKBOARD.matcher(base);
        if (blackboard.matches()) {
            String id = sanitize(blackboard.group(2));
            return new Parsed(id, blackboard.group(2));
        }
        Matcher canvas = CANVAS.matcher(base);
        if (canvas.matches()) {
            String id = sanitize(canvas.group(1).toLowerCase(Locale.ROOT));
            List<String> notes = canvas.group(2) == null ? List.of() : List.of("Canvas marked it late");
            return new Parsed(id, canvas.group(1), Optional.of(new LmsId(Lms.CANVAS, canvas.group(3))), notes);
        }
        String id = sanitize(base);
        return new Parsed(id, id);
    }

    /** Whether the name is a Moodle online-text folder or file, which holds no code. */
    static boolean isMoodleOnlineText(String fileName) {
        Matcher moodle = MOODLE.matcher(fileName);
        return moodle.matches() && moodle.group(3).equals("onlinetext");
    }

    /** Whether the name is Blackboard's receipt for an attempt (the .txt beside the student's files). */
    static boolean isBlackboardReceipt(String fileName) {
        if (!fileName.endsWith(".txt")) {
            return false;
        }
        Matcher blackboard = BLACKBOARD.matcher(fileName.substring(0, fileName.length() - 4));
        return blackboard.matches() && blackboard.group(4) == null;
    }

    /** Whether the name has one of the LMS forms above (its own folder, not a wrapper around the class). */
    static boolean isLmsName(String fileName) {
        return MOODLE.matcher(fileName).matches() || BLACKBOARD.matcher(fileName).matches()
                || CANVAS.matcher(fileName).matches();
    }

    /**
     * The ids of repositories, one per location (a URL, an scp-like address or a path), in order. The part common
     * to every repository's name is left out, as GitHub Classroom names them all "assignment-student"
     * ({@code amdahl-2026-alice}, {@code amdahl-2026-bob} give {@code alice}, {@code bob}); when every repository
     * has the same name, the owner (the folder or account above it) is the id instead.
     */
    public static List<String> fromRepositories(List<String> locations) {
        List<String> names = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String location : locations) {
            List<String> segments = segments(location);
            String name = segments.isEmpty() ? "" : segments.getLast();
            names.add(name.endsWith(".git") ? name.substring(0, name.length() - 4) : name);
            owners.add(segments.size() < 2 ? "" : segments.get(segments.size() - 2));
        }
        if (names.size() > 1 && names.stream().distinct().count() == 1) {
            return owners.stream().map(StudentIds::sanitize).toList();
        }
        int common = names.size() < 2 ? 0 : commonPrefixAtSeparator(names);
        return names.stream().map(name -> sanitize(name.substring(common))).toList();
    }

    private static List<String> segments(String location) {
        String path = location.strip();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            path = path.substring(scheme + 3);
        } else if (path.matches("^[^/]+@[^/:]+:.*")) {
            path = path.substring(path.indexOf(':') + 1); // git@github.com:org/repo.git
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("[/\\\\]")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /**
     * The length of the prefix common to all names, cut back to just after a '-', '_' or '.', and never the whole
     * of any name.
     */
    private static int commonPrefixAtSeparator(List<String> names) {
        String first = names.getFirst();
        int length = first.length();
        for (String name : names) {
            int i = 0;
            while (i < Math.min(length, name.length()) && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            length = i;
        }
        while (length > 0 && "-_.".indexOf(first.charAt(length - 1)) < 0) {
            length--;
        }
        for (String name : names) {
            if (name.length() <= length) {
                return 0;
            }
        }
        return length;
    }

    /**
     * {@code raw} as an id: accents dropped, spaces and other characters as '-', no leading dot or dash, never
     * empty.
     */
    public static String sanitize(String raw) {
        String ascii = Normalizer.normalize(raw.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[.-]+", "").replaceAll("-+$", "");
        return id.isEmpty() ? "student" : id;
    }
}
