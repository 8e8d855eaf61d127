package dev.amdahl.grader.export;

import java.util.List;

/** Which of a template's files are the student's to change, and which its workflow compares with the template. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /**
     * Whether the workflow compares {@code path} (relative, forward slashes) with the template: everything but the
     * student's own work ({@code src/main} of each exercise, and the tests of an exercise whose tests they write),
     * Markdown, {@code .gitignore} and the hash list itself.
     *
     * @param instructorTestFolders the test folders ({@code exercises/<id>/src/test}) whose tests are the
     *                              instructor's
     */
    static boolean compared(String path, List<String> instructorTestFolders) {
        if (path.endsWith(".md") || path.equals(".gitignore") || path.equals(TemplateManifest.PATH)) {
            return false;
        }
        if (path.matches("exercises/[^/]+/src/main/.*")) {
            return false;
        }
        if (path.matches("exercises/[^/]+/src/test/.*")) {
            return instructorTestFolders.stream().anyMatch(folder -> path.startsWith(folder + "/"));
        }
        return true;
    }
}
