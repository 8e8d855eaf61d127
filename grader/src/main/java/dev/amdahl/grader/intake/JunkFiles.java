package dev.amdahl.grader.intake;

import java.util.Set;

/**
 * Files that operating systems and tools leave in archives and folders, which are never part of a submission:
 * they are not unpacked, not copied and not counted as a wrapping folder's content.
 */
final class JunkFiles {

    private static final Set<String> NAMES = Set.of("__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini");

    private JunkFiles() {
    }

    /** Whether a file or folder called {@code name} is left out, with everything below it. */
    static boolean isJunk(String name) {
        // "._x" are macOS's AppleDouble shadows of x; .git is history, never graded, and can be large.
        return NAMES.contains(name) || name.startsWith("._") || name.equals(".git");
    }

    /** Whether any segment of a '/'-separated path is junk. */
    static boolean isJunkPath(String path) {
        for (String segment : path.split("/")) {
            if (isJunk(segment)) {
                return true;
            }
        }
        return false;
    }
}
