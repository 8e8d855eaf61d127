package dev.amdahl.grader.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The template's GitHub Actions workflow: on every push it compares the template's files with their hashes, runs
 * {@code mvn test}, and turns the points into the runner JSON that GitHub Classroom's grading reporter reads and a
 * Markdown job summary. Its text is a resource; only the list's hash and the folders of the instructor's tests are
 * filled in. (Plain placeholders rather than a template engine: the workflow's own {@code ${{ }}} expressions
 * would clash with one.)
 */
public final class ClassroomWorkflow {

    /** Where the workflow lives in a template. */
    public static final String PATH = ".github/workflows/classroom.yml";
    /** The environment variable that carries the manifest's hash; its line is left out of the workflow's hash. */
    public static final String MANIFEST_HASH_KEY = "TEMPLATE_MANIFEST_SHA256:";
    private static final String HASH_PLACEHOLDER = "@TEMPLATE_MANIFEST_SHA256@";
    private static final String FOLDERS_PLACEHOLDER = "@INSTRUCTOR_TEST_FOLDERS@";

    private ClassroomWorkflow() {
    }

    /**
     * The workflow, with {@code manifestSha256} as the expected hash of {@link TemplateManifest#PATH} and
     * {@code instructorTestFolders} as the folders where a new file means an added test.
     */
    public static String render(List<String> instructorTestFolders, String manifestSha256) {
        Objects.requireNonNull(manifestSha256, "manifestSha256 must not be null");
        for (String folder : instructorTestFolders) {
            if (!folder.matches("[A-Za-z0-9_./-]+")) {
                throw new IllegalArgumentException("a test folder name the workflow cannot quote safely: " + folder);
            }
        }
        return template().replace(HASH_PLACEHOLDER, manifestSha256)
                .replace(FOLDERS_PLACEHOLDER, String.join(" ", instructorTestFolders));
    }

    private static String template() {
        try (InputStream in = ClassroomWorkflow.class.getResourceAsStream("classroom.yml")) {
            if (in == null) {
                throw new IllegalStateException("the workflow template is missing from the grader's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
