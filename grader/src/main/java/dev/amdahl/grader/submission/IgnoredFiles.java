package dev.amdahl.grader.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What staging left out of a submission, as notes for the student: the first {@value #LISTED} by name, then one
 * line per kind for the rest ("… and 990 more files that are not Java: only .java files are compiled"). A folder
 * of a hundred thousand stray files thus costs a dozen lines in every report, not a hundred thousand.
 */
final class IgnoredFiles {

    /** Notes listed by name; the rest are counted. */
    static final int LISTED = 10;

    /** Why a file was left out, and how the rest of its kind are summed up. */
    enum Kind {
        FOLDER("more folder that is not used", "more folders that are not used"),
        BUILD("more build file: the course's own build is used", "more build files: the course's own build is used"),
        RESOURCE("more resource: only .java files are compiled", "more resources: only .java files are compiled"),
        NOT_JAVA("more file that is not Java: only .java files are compiled",
                "more files that are not Java: only .java files are compiled"),
        LINK("more link or special file: links are never followed",
                "more links or special files: links are never followed");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    private final List<String> listed = new ArrayList<>();
    private final Map<Kind, Long> unlisted = new EnumMap<>(Kind.class);

    void add(Kind kind, String note) {
        if (listed.size() < LISTED) {
            listed.add(note);
        } else {
            unlisted.merge(kind, 1L, Long::sum);
        }
    }

    /** The notes listed by name, then a line per kind for those that were only counted. */
    List<String> notes() {
        List<String> notes = new ArrayList<>(listed);
        unlisted.forEach((kind, count) -> notes.add("… and " + String.format(Locale.ROOT, "%,d", count) + " "
                + (count == 1 ? kind.one : kind.many)));
        return notes;
    }
}
