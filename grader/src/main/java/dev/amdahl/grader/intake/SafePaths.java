package dev.amdahl.grader.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a name read from an archive or a repository into a path that cannot leave the folder it is written to. */
final class SafePaths {

    private SafePaths() {
    }

    /**
     * The relative path {@code name} stands for below {@code into}, or empty for a name that means the folder
     * itself ("./").
     *
     * @param what names the submission in the message, e.g. {@code alice.zip}
     * @throws UnusableSubmissionException for an absolute name, a {@code ..} segment, or anything that would resolve
     *                                     outside {@code into}
     */
    static Optional<Path> below(Path into, String name, String what) throws UnusableSubmissionException {
        String slashed = name.replace('\\', '/'); // zips made on Windows sometimes use backslashes
        if (slashed.indexOf('\0') >= 0 || slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")) {
            throw outside(name, what);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : slashed.split("/")) {
            if (segment.equals("..")) {
                throw outside(name, what);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Path relative = Path.of(segments.getFirst(), segments.subList(1, segments.size()).toArray(String[]::new));
        Path resolved = into.resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(into.normalize()) || resolved.equals(into.normalize())) {
            throw outside(name, what);
        }
        return Optional.of(relative);
    }

    private static UnusableSubmissionException outside(String name, String what) {
        return new UnusableSubmissionException(what + " holds an entry named \"" + printable(name)
                + "\", which points outside the folder it is unpacked into; it was not unpacked. "
                + "Make a new archive of your copy's folder and upload it again.");
    }

    /** The name with control characters shown as '?', so a message cannot rewrite the terminal. */
    static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return name.length() > 200 ? shown + "..." : shown.toString();
    }
}
