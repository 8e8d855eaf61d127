package dev.amdahl.grader.export.classroom50;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.export.CourseMaterial;
import dev.amdahl.grader.export.OutputFolder;
import dev.amdahl.grader.export.TemplateExport;
import dev.amdahl.grader.export.TemplateLeakException;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * What an instructor needs to grade a Classroom 50 assignment with Amdahl, in one folder:
 * <ul>
 * <li>{@value #CONFIG}/CLASSROOM/autograders/ASSIGNMENT/: to commit to the classroom's configuration repository.
 *     Classroom 50 publishes that folder as one {@code .tar.gz} (at most {@value #BUNDLE_LIMIT} bytes, which it
 *     checks when it fetches it) and runs its {@code autograder.py} in each submission's checkout: it downloads the
 *     grader, checks its SHA-256, and grades with the course material beside it ({@link CourseMaterial}: the
 *     exercises' tests, their planted bugs, hidden tests only when asked for; never a solution);</li>
 * <li>{@value #GRADER_JAR}: the grader, too large for the bundle, to publish where {@code --grader-url} says;</li>
 * <li>{@value #RUNTIME}: the assignment's runtime for {@code gh teacher assignment add --runtime} (Java 21);</li>
 * <li>{@value #TEMPLATE}/: the students' template, without a workflow of its own
 *     ({@link TemplateExport.PushGrading#CLASSROOM50}), leak-checked like any template;</li>
 * <li>{@value #PREVIEW}/ASSIGNMENT.tar.gz: the bundle as Classroom 50 will serve it, to check its size and try it;
 *     and a README with the commands that do the rest.</li>
 * </ul>
 * The folder appears whole or not at all.
 */
public final class Classroom50Export {

    /** Classroom 50's runner refuses a bundle larger than this (its {@code MAX_FETCH_BYTES}). */
    public static final long BUNDLE_LIMIT = 10L * 1024 * 1024;
    public static final String CONFIG = "config";
    public static final String GRADER_JAR = "amdahl.jar";
    public static final String RUNTIME = "runtime.json";
    public static final String TEMPLATE = "template";
    public static final String PREVIEW = "preview";
    public static final String AUTOGRADER = "autograder.py";
    public static final String SETTINGS = "amdahl-classroom50.json";
    public static final String COURSE = "course";
    private static final String RESOURCES = "/dev/amdahl/grader/export/classroom50/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What was written.
     *
     * @param out           the folder
     * @param bundle        the assignment's folder under {@value #CONFIG}
     * @param bundleBytes   the size of its {@code .tar.gz}
     * @param bundleFiles   how many files it holds
     * @param graderSha256  the grader's hash, which the autograder checks
     * @param template      the template's export
     */
    public record Result(Path out, Path bundle, long bundleBytes, int bundleFiles, String graderSha256,
            TemplateExport.Result template) {
    }

    /** The bundle would be larger than Classroom 50 fetches. Nothing was written. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long bytes) {
            super(String.format(java.util.Locale.ROOT, "the bundle would be %.1f MB compressed, and Classroom 50 "
                    + "fetches at most %.1f MB: export fewer exercises per assignment (-e) or leave out the hidden "
                    + "tests.", bytes / 1e6, BUNDLE_LIMIT / 1e6));
        }
    }

    private Classroom50Export() {
    }

    /**
     * Writes the export of {@code course} for {@code options} to {@code out}, which must be missing or empty unless
     * {@code replace}.
     *
     * @param graderJar the grader's own jar, which the autograder downloads from {@code options.graderUrl()}
     * @throws TemplateLeakException when the template would hold instructor-only material; nothing is written
     * @throws TooLargeException     when the bundle is too large for Classroom 50; nothing is written
     */
    public static Result write(Course course, Classroom50Options options, ExpectedTests expectedTests,
            Path graderJar, Path out, boolean replace)
            throws IOException, CourseException, TemplateLeakException {
        List<Exercise> exercises = course.select(options.grading().exercises());
        Path target = out.toAbsolutePath().normalize();
        OutputFolder.refuseUnlessWritable(target, replace);
        Files.createDirectories(target.getParent());
        Path staging = target.resolveSibling("." + target.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            String graderSha256 = Hashes.ofFile(graderJar);
            Files.copy(graderJar, staging.resolve(GRADER_JAR));
            Files.writeString(staging.resolve(RUNTIME), "{\"java\": \"21\"}\n", StandardCharsets.UTF_8);

            Path bundle = staging.resolve(CONFIG).resolve(options.classroom()).resolve("autograders")
                    .resolve(options.assignment());
            Files.createDirectories(bundle);
            Files.writeString(bundle.resolve(AUTOGRADER), resource(AUTOGRADER), StandardCharsets.UTF_8);
            Files.writeString(bundle.resolve(SETTINGS), settings(options, graderSha256), StandardCharsets.UTF_8);
            for (Path file : CourseMaterial.files(course, exercises, options.grading().hidden())) {
                String name = file.toString().replace('\\', '/');
                if (!CourseMaterial.shippable(name)) {
                    throw new IOException("refusing to put " + name + " in a Classroom 50 bundle");
                }
                Path copy = bundle.resolve(COURSE).resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(course.root().resolve(file), copy);
            }
            Path preview = staging.resolve(PREVIEW).resolve(options.assignment() + ".tar.gz");
            Files.createDirectories(preview.getParent());
            int files = tarGz(bundle, preview);
            long bytes = Files.size(preview);
            if (bytes > BUNDLE_LIMIT) {
                throw new TooLargeException(bytes);
            }
            TemplateExport.Result template = TemplateExport.export(course, options.grading().exercises(),
                    expectedTests, staging.resolve(TEMPLATE), false, TemplateExport.PushGrading.CLASSROOM50);
            Files.writeString(staging.resolve("README.md"), readme(options, exercises, graderSha256, bytes),
                    StandardCharsets.UTF_8);
            OutputFolder.moveIntoPlace(staging, target);
            Path written = target.resolve(CONFIG).resolve(options.classroom()).resolve("autograders")
                    .resolve(options.assignment());
            return new Result(target, written, bytes, files, graderSha256, new TemplateExport.Result(
                    target.resolve(TEMPLATE), template.files(), template.exercises(), template.plannedTests(),
                    template.localPoints(), template.manifestSha256()));
        } finally {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                Folders.delete(staging);
            }
        }
    }

    /** What the autograder reads beside itself: where the grader is, its hash, and {@code amdahl grade}'s options. */
    static String settings(Classroom50Options options, String graderSha256) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode grader = root.putObject("grader");
        grader.put("url", options.graderUrl().toString());
        grader.put("sha256", graderSha256);
        root.put("sandbox", "docker");
        var grade = root.putArray("grade");
        options.grading().gradeArguments().forEach(grade::add);
        return JSON.writeValueAsString(root) + "\n";
    }

    /**
     * The folder as Classroom 50's publishing workflow packs it ({@code tar -czf SLUG.tar.gz -C autograders SLUG}):
     * every file under one top folder named as the assignment, plain files only; how many files.
     */
    static int tarGz(Path folder, Path archive) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(files::add);
        }
        try (OutputStream file = Files.newOutputStream(archive);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path path : files) {
                String name = folder.getFileName() + "/" + folder.relativize(path).toString().replace('\\', '/');
                TarArchiveEntry entry = new TarArchiveEntry(path.toFile(), name);
                entry.setMode(name.endsWith(".py") ? 0100755 : 0100644);
                entry.setUserId(0);
                entry.setGroupId(0);
                tar.putArchiveEntry(entry);
                Files.copy(path, tar);
                tar.closeArchiveEntry();
            }
        }
        return files.size();
    }

    private static String readme(Classroom50Options options, List<Exercise> exercises, String graderSha256,
            long bundleBytes) throws IOException {
        return resource("README.md")
                .replace("{{CLASSROOM}}", options.classroom())
                .replace("{{ASSIGNMENT}}", options.assignment())
                .replace("{{GRADER_URL}}", options.graderUrl().toString())
                .replace("{{GRADER_SHA256}}", graderSha256)
                .replace("{{EXERCISES}}", String.join(", ", exercises.stream().map(Exercise::id).toList()))
                .replace("{{HIDDEN}}", options.grading().hidden() ? "with the hidden tests (anyone who finds the "
                        + "bundle's address can read them: see docs/classroom50.md)" : "without the hidden tests")
                .replace("{{BUNDLE_SIZE}}", String.format(java.util.Locale.ROOT, "%.2f MB", bundleBytes / 1e6));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Classroom50Export.class.getResourceAsStream(RESOURCES + name)) {
            return new String(Objects.requireNonNull(in, "the grader was built without " + name).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
