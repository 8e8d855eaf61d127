package dev.amdahl.grader.export;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.classroom.PlanEntry;
import dev.amdahl.grading.classroom.PlanFile;
import dev.amdahl.grading.Scores;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code amdahl export-template}: the repository a student starts from (GitHub Classroom's template repository).
 * It holds what {@link StudentCopy} copies, a student README, the plan of the tests' points, the workflow that
 * reports them on every push, and the hashes the workflow checks the tests against. It is assembled beside the
 * target, checked for leaks of instructor-only material ({@link LeakCheck}), and only then moved into place: a
 * template with a leak is never written, and a failed export leaves the target as it was.
 */
public final class TemplateExport {

    /** Where the plan of every graded test and its points lives in a template. */
    public static final String PLAN_PATH = ".github/amdahl/plan.tsv";

    /**
     * One exercise as the template's README presents it.
     *
     * @param id             the exercise
     * @param localPoints    what its tests in the template are worth, e.g. {@code "27"}; {@code "-"} when they
     *                       carry none (the student writes them)
     * @param instructorOnly what only the instructor's grader adds, in words
     */
    public record ExerciseLine(String id, String localPoints, String instructorOnly) {
    }

    /**
     * What was exported.
     *
     * @param target        the template
     * @param files         how many files it holds
     * @param exercises     its exercises
     * @param plannedTests  how many tests carry points in its plan
     * @param localPoints   what they are worth together
     * @param manifestSha256 the hash of its {@link TemplateManifest}, which its workflow holds
     */
    public record Result(Path target, int files, List<ExerciseLine> exercises, int plannedTests, double localPoints,
            String manifestSha256) {
    }

    private TemplateExport() {
    }

    /**
     * Exports {@code course} to {@code target}, which must not exist or be an empty folder unless {@code replace}.
     *
     * @throws TemplateLeakException when the template would hold instructor-only material; nothing is written
     */
    public static Result export(Course course, ExpectedTests expectedTests, Path target, boolean replace)
            throws IOException, CourseException, TemplateLeakException {
        return export(course, List.of(), expectedTests, target, replace);
    }

    /**
     * Exports the exercises {@code exerciseIds} of {@code course} (all when it is empty: one repository for the
     * whole course, or one per assignment).
     *
     * @throws CourseException when an id names no exercise of the course
     */
    public static Result export(Course course, Collection<String> exerciseIds, ExpectedTests expectedTests,
            Path target, boolean replace) throws IOException, CourseException, TemplateLeakException {
        return export(course, exerciseIds, expectedTests, target, replace, PushGrading.WORKFLOW);
    }

    /** Who grades a push to a repository made from the template. */
    public enum PushGrading {
        /** The template's own workflow ({@link ClassroomWorkflow}): the public tests, as feedback. */
        WORKFLOW,
        /**
         * Classroom 50, with the instructor's tests from its configuration repository: the template has no workflow
         * of its own (Classroom 50 adds its own, and a second one would bill the organisation's minutes twice), and
         * so no plan or hashes for one.
         */
        CLASSROOM50
    }

    /**
     * Exports as {@link #export(Course, Collection, ExpectedTests, Path, boolean)} does, for {@code pushGrading}.
     */
    public static Result export(Course course, Collection<String> exerciseIds, ExpectedTests expectedTests,
            Path target, boolean replace, PushGrading pushGrading)
            throws IOException, CourseException, TemplateLeakException {
        List<Exercise> selected = inCourseOrder(course, course.select(exerciseIds));
        Path absoluteTarget = target.toAbsolutePath().normalize();
        OutputFolder.refuseUnlessWritable(absoluteTarget, replace);
        Files.createDirectories(absoluteTarget.getParent());
        Path staging = absoluteTarget.resolveSibling("." + absoluteTarget.getFileName() + ".partial-"
                + UUID.randomUUID());
        try {
            StudentCopy.write(course.root(), staging, exerciseIds.isEmpty() ? Set.of()
                    : selected.stream().map(Exercise::id).collect(Collectors.toSet()));
            Files.writeString(staging.resolve(".gitignore"), "target/\n");

            List<String> instructorTestFolders = new ArrayList<>();
            List<ExerciseLine> lines = new ArrayList<>();
            List<PlanEntry> plan = new ArrayList<>();
            double localPoints = 0;
            for (Exercise exercise : selected) {
                List<PlannedTest> tests = expectedTests.of(exercise).tests();
                if (exercise.rubric().gradesStudentTests()) {
                    double possible = tests.stream().mapToDouble(PlannedTest::maxPoints).sum();
                    lines.add(new ExerciseLine(exercise.id(), "-", "all " + Scores.format(possible)
                            + ": the bugs your tests catch, and their coverage"));
                    continue;
                }
                instructorTestFolders.add("exercises/" + exercise.id() + "/src/test");
                double exercisePoints = 0;
                for (PlanEntry entry : PlanFile.entries(exercise.id(), tests)) {
                    plan.add(entry);
                    exercisePoints += entry.maxPoints();
                }
                localPoints += exercisePoints;
                lines.add(new ExerciseLine(exercise.id(), Scores.format(exercisePoints), instructorOnly(exercise)));
            }
            write(staging.resolve("README.md"), readme(course, lines, pushGrading));
            String manifestSha256 = "";
            if (pushGrading == PushGrading.WORKFLOW) {
                manifestSha256 = writeWorkflow(staging, plan, instructorTestFolders);
            }

            List<Leak> leaks = LeakCheck.of(course.root()).scan(staging);
            if (!leaks.isEmpty()) {
                throw new TemplateLeakException(leaks);
            }
            int files = countFiles(staging);
            OutputFolder.moveIntoPlace(staging, absoluteTarget);
            return new Result(absoluteTarget, files, List.copyOf(lines), plan.size(), localPoints, manifestSha256);
        } finally {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                Folders.delete(staging);
            }
        }
    }

    /** The plan, the workflow that reports against it, and the hashes it checks; the manifest's hash. */
    private static String writeWorkflow(Path staging, List<PlanEntry> plan, List<String> instructorTestFolders)
            throws IOException {
        Path planFile = staging.resolve(PLAN_PATH);
        Files.createDirectories(planFile.getParent());
        PlanFile.write(planFile, plan);
        // The workflow's line for the manifest's hash is left out of the workflow's own hash, so the workflow
        // can be hashed first (with any value there), then the manifest, then the real value filled in.
        String workflowDraft = ClassroomWorkflow.render(instructorTestFolders, "0".repeat(64));
        write(staging.resolve(ClassroomWorkflow.PATH), workflowDraft);
        TemplateManifest manifest = TemplateManifest.of(staging,
                path -> TemplateFiles.compared(path, instructorTestFolders), ClassroomWorkflow.PATH);
        String manifestText = manifest.render();
        write(staging.resolve(TemplateManifest.PATH), manifestText);
        String manifestSha256 = Hashes.sha256(manifestText.getBytes(StandardCharsets.UTF_8));
        write(staging.resolve(ClassroomWorkflow.PATH), ClassroomWorkflow.render(instructorTestFolders,
                manifestSha256));
        return manifestSha256;
    }

    /** The exercises in the order exercises/pom.xml lists them (the lecture's), then any others by name. */
    private static List<Exercise> inCourseOrder(Course course, List<Exercise> exercises) throws IOException {
        Path pom = course.root().resolve("exercises/pom.xml");
        List<String> modules = new ArrayList<>();
        if (Files.isRegularFile(pom)) {
            Matcher module = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(Files.readString(pom));
            while (module.find()) {
                modules.add(module.group(1));
            }
        }
        List<Exercise> ordered = new ArrayList<>(exercises);
        ordered.sort(Comparator.comparingInt((Exercise exercise) -> {
            int index = modules.indexOf(exercise.id());
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Exercise::id));
        return ordered;
    }

    private static String instructorOnly(Exercise exercise) {
        List<String> parts = new ArrayList<>();
        double style = exercise.rubric().style().possible();
        if (style > 0) {
            parts.add(Scores.format(style) + " for style");
        }
        double speedup = exercise.rubric().speedup().points();
        if (speedup > 0) {
            parts.add(Scores.format(speedup) + " for speedup");
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String readme(Course course, List<ExerciseLine> exercises, PushGrading pushGrading)
            throws IOException {
        ClasspathLoader loader = new ClasspathLoader(TemplateExport.class.getClassLoader());
        loader.setPrefix("dev/amdahl/grader/export");
        loader.setSuffix(".peb");
        // Markdown, not HTML: every value is the course's own (exercise ids and numbers), none a student's.
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(false)
                .build();
        StringWriter out = new StringWriter();
        engine.getTemplate("student-readme").evaluate(out, Map.of(
                "course", "Parallel programming exercises",
                "first", exercises.isEmpty() ? "processes" : exercises.get(0).id(),
                "exercises", exercises, "classroom50", pushGrading == PushGrading.CLASSROOM50), Locale.ROOT);
        return out.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static int countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }
}
