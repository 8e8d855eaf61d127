package dev.amdahl.grader.export.gradescope;

import dev.amdahl.grader.export.BundledGrading;
import dev.amdahl.grader.export.CourseMaterial;
import dev.amdahl.grader.runner.RunnerInvocation;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A Gradescope autograder zip: {@value #SETUP} and {@value #RUN} at the top (Gradescope runs them), the grader and
 * its sandbox runner, a README for the instructor, and under {@value #COURSE}/ what grading reads: the chosen
 * exercises (tests, rubrics, settings; no build output), their hidden tests when asked for, and their planted
 * bugs. Never the reference solutions: there is no speedup timing on Gradescope, and nothing else needs them.
 *
 * <p>The zip is the same, byte for byte, for the same inputs: entries in name order, one fixed time stamp.
 */
public final class GradescopeBundle {

    public static final String SETUP = "setup.sh";
    public static final String RUN = "run_autograder";
    public static final String README = "README.txt";
    public static final String GRADER_JAR = "amdahl.jar";
    public static final String COURSE = "course";
    static final int EXECUTABLE = 0100755;
    static final int READABLE = 0100644;
    private static final String TEMPLATES = "/dev/amdahl/grader/export/gradescope/";
    private static final Pattern SAFE_ARGUMENT = Pattern.compile("[A-Za-z0-9_.,:=/+-]+");

    private final List<Entry> entries;

    /** One file of the zip: its bytes, or the file they are read from when written. */
    private record Entry(String name, int mode, byte[] bytes, Path file) {
    }

    private GradescopeBundle(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(Entry::name)).toList();
    }

    /**
     * The bundle for {@code course} graded with {@code options}.
     *
     * @param graderJar the grader's own jar (the shaded amdahl.jar), which runs inside Gradescope
     * @param runnerJar the sandbox runner's jar, which the grader's runs execute
     * @param version   the grader's version, for the README
     */
    public static GradescopeBundle of(Course course, BundledGrading options, Path graderJar, byte[] runnerJar,
            String version) throws CourseException, IOException {
        List<Exercise> exercises = course.select(options.exercises());
        List<Entry> entries = new ArrayList<>();
        entries.add(text(SETUP, EXECUTABLE, template(SETUP)));
        entries.add(text(RUN, EXECUTABLE, runAutograder(options)));
        entries.add(text(README, READABLE, readme(exercises, options, version)));
        entries.add(new Entry(GRADER_JAR, READABLE, null, graderJar));
        entries.add(new Entry(RunnerInvocation.JAR_FILE, READABLE, runnerJar.clone(), null));
        for (Path file : CourseMaterial.files(course, exercises, options.hidden())) {
            entries.add(new Entry(COURSE + "/" + file.toString().replace('\\', '/'), READABLE, null,
                    course.root().resolve(file)));
        }
        for (Entry entry : entries) {
            requireShippable(entry.name());
        }
        return new GradescopeBundle(entries);
    }

    /** The names of the zip's entries, in order. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /**
     * Writes the zip to {@code zip}, replacing an existing file only when {@code replace}; the file appears
     * whole or not at all.
     */
    public void write(Path zip, boolean replace) throws IOException {
        if (!replace && Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(zip.toString(), null, "it exists already");
        }
        // Unlike reports, the zip stays private: it holds the instructor's tests, the hidden ones too with --hidden.
        AtomicFile.writePrivate(zip, file -> {
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
                long time = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant()
                        .toEpochMilli();
                for (Entry entry : entries) {
                    ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
                    zipEntry.setUnixMode(entry.mode());
                    zipEntry.setTime(time);
                    out.putArchiveEntry(zipEntry);
                    if (entry.bytes() != null) {
                        out.write(entry.bytes());
                    } else {
                        try (InputStream in = Files.newInputStream(entry.file())) {
                            in.transferTo(out);
                        }
                    }
                    out.closeArchiveEntry();
                }
            }
        });
    }

    /** {@value #RUN} with the options baked in. */
    static String runAutograder(BundledGrading options) throws IOException {
        List<String> stageArguments = new ArrayList<>();
        for (String exercise : options.exercises()) {
            stageArguments.add("--exercise");
            stageArguments.add(exercise);
        }
        return template(RUN).replace("{{EXERCISES}}", shell(stageArguments))
                .replace("{{GRADE_OPTIONS}}", shell(options.gradeArguments()));
    }

    private static String readme(List<Exercise> exercises, BundledGrading options, String version)
            throws IOException {
        List<String> grade = options.gradeArguments();
        return template(README).replace("{{VERSION}}", version)
                .replace("{{EXERCISE_LIST}}", exercises.stream().map(Exercise::id).collect(Collectors.joining(", ")))
                .replace("{{GRADE_OPTIONS_TEXT}}", grade.isEmpty() ? "(none: each exercise's own limits)"
                        : String.join(" ", grade));
    }

    /** Arguments for a shell line: plain ones as they are, anything else single-quoted. */
    static String shell(List<String> arguments) {
        return arguments.stream().map(argument -> SAFE_ARGUMENT.matcher(argument).matches() ? argument
                : "'" + argument.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    /** A last guard: nothing but the tools and the course folders that grading reads, and never solutions. */
    private static void requireShippable(String name) throws IOException {
        boolean tool = List.of(SETUP, RUN, README, GRADER_JAR, RunnerInvocation.JAR_FILE).contains(name);
        boolean course = name.startsWith(COURSE + "/") && CourseMaterial.shippable(name.substring(COURSE.length() + 1));
        if (!(tool || course) || name.contains("/solutions/") || name.contains("..")) {
            throw new IOException("refusing to put " + name + " in a Gradescope bundle");
        }
    }

    private static Entry text(String name, int mode, String content) {
        return new Entry(name, mode, content.getBytes(StandardCharsets.UTF_8), null);
    }

    static String template(String name) throws IOException {
        try (InputStream in = GradescopeBundle.class.getResourceAsStream(TEMPLATES + name)) {
            return new String(Objects.requireNonNull(in, "the grader was built without " + name).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    /** How many entries each top-level part holds, for a one-line summary. */
    public Map<String, Long> summary() {
        return entries.stream().collect(Collectors.groupingBy(entry -> {
            String[] parts = entry.name().split("/");
            return parts.length > 2 ? parts[0] + "/" + parts[1] : parts[0];
        }, java.util.TreeMap::new, Collectors.counting()));
    }
}
