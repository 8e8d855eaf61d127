package dev.amdahl.grader.testrun;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.course.ExerciseRubric;
import dev.amdahl.grader.course.ExerciseRubric.Treatment;
import dev.amdahl.grader.course.PlantedBug;
import dev.amdahl.grader.course.StudentTestsRubric;
import dev.amdahl.grader.suite.SuiteScoring;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Rubric;
import dev.amdahl.grading.SpeedupCase;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import dev.amdahl.runner.JavaCompilation;
import dev.amdahl.runner.ExerciseBuild;
import dev.amdahl.runner.SandboxRunner;
import dev.amdahl.runner.TestExecution;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instructor's tests of each exercise, compiled here from the instructor's material alone (the skeleton
 * and the tests) and discovered, none of them run. The list of tests and their points is what a submission
 * is graded against, so a run that reports fewer, other or extra tests changes nothing. The compiled test
 * classes are what the sandbox runs, read-only: a submission cannot change a test class before it is loaded.
 * They are kept until {@link #close()}.
 */
public final class ExpectedTests implements AutoCloseable {

    /**
     * One exercise's tests: what they are worth, and their classes.
     *
     * @param rubricSha256 a hash of everything that decides points: each test's id, points, extra credit,
     *                     visibility and kind, and the exercise's {@value ExerciseRubric#FILE}
     */
    public record Compiled(List<PlannedTest> tests, Path classes, Path testClasses, String rubricSha256) {
        public Compiled {
            tests = List.copyOf(tests);
        }
    }

    private final Map<String, Compiled> known = new ConcurrentHashMap<>();
    private final boolean includeHidden;
    private Path root;

    /** The exercises' own tests only. */
    public ExpectedTests() {
        this(false);
    }

    /** With {@code includeHidden}, also each exercise's hidden tests (graded after the due date). */
    public ExpectedTests(boolean includeHidden) {
        this.includeHidden = includeHidden;
    }

    public synchronized Compiled of(Exercise exercise) throws CourseException {
        Compiled compiled = known.get(exercise.id());
        if (compiled == null) {
            compiled = compile(exercise);
            known.put(exercise.id(), compiled);
        }
        return compiled;
    }

    private Compiled compile(Exercise exercise) throws CourseException {
        try {
            if (root == null) {
                root = Files.createTempDirectory("amdahl-tests-");
            }
            Path build = Files.createDirectories(root.resolve(exercise.id()));
            if (exercise.rubric().gradesStudentTests()) {
                return compileSuiteExercise(exercise, build);
            }
            ExerciseBuild.Result compiled = ExerciseBuild.compile(exercise.directory(), build,
                    SandboxRunner.runnerClasspath());
            if (compiled instanceof ExerciseBuild.Failed failed) {
                throw new CourseException("The skeleton of exercise " + exercise.id() + " does not compile"
                        + (failed.stage().equals("tests") ? " with its tests" : "") + ":\n" + failed.diagnostics());
            }
            ExerciseBuild.Built built = (ExerciseBuild.Built) compiled;
            Set<String> hiddenClasses = Set.of();
            if (includeHidden && exercise.hiddenTests().isPresent()) {
                hiddenClasses = compileHidden(exercise, exercise.hiddenTests().get(), built);
            }
            List<PlannedTest> tests = new ArrayList<>();
            for (PlannedTest test : TestExecution.discover(built.classes(), built.testClasses(), built.testResources())) {
                boolean hidden = hiddenClasses.contains(test.className().replaceAll("\\$.*", ""));
                if (hidden && test.visibility() == Visibility.VISIBLE) {
                    test = test.withVisibility(Visibility.AFTER_RELEASE); // shown once the instructor releases them
                }
                if (test.kind() == TestKind.STRUCTURE && exercise.rubric().structure() != Treatment.GRADED) {
                    if (exercise.rubric().structure() == Treatment.OFF) {
                        continue;
                    }
                    test = new PlannedTest(test.uniqueId(), test.className(), test.methodName(), test.displayName(),
                            0, false, test.visibility(), test.kind());
                }
                tests.add(test);
            }
            if (tests.isEmpty()) {
                throw new CourseException("Exercise " + exercise.id() + " has no tests in " + exercise.testSources());
            }
            return new Compiled(tests, built.classes(), built.testClasses(), rubricHash(tests, exercise.rubric()));
        } catch (IOException e) {
            throw new CourseException("Cannot compile the tests of exercise " + exercise.id() + ": " + e.getMessage());
        }
    }

    /**
     * An exercise whose submission is a test suite: the program and every planted bug must compile; what can be
     * earned is the rubric's items (see {@link SuiteScoring#plan}), known before any suite is seen.
     */
    private static Compiled compileSuiteExercise(Exercise exercise, Path build) throws IOException, CourseException {
        ExerciseBuild.Result program = ExerciseBuild.compileMain(exercise.directory(), build,
                ExerciseBuild.Compiler.inProcess());
        if (program instanceof ExerciseBuild.Failed failed) {
            throw new CourseException("The program of exercise " + exercise.id() + " does not compile:\n"
                    + failed.diagnostics());
        }
        for (PlantedBug bug : exercise.plantedBugs()) {
            List<String> problems = bug.problemsAgainst(exercise.skeletonSources());
            if (!problems.isEmpty()) {
                throw new CourseException("Exercise " + exercise.id() + ": " + String.join("; ", problems) + ".");
            }
            Path changed = build.resolve("planted-bugs").resolve(bug.id());
            bug.writeProgram(exercise.skeletonSources(), changed.resolve("src"));
            JavaCompilation.Result result = ExerciseBuild.Compiler.inProcess().compile(changed.resolve("src"),
                    List.of(), changed.resolve("classes"));
            if (!result.ok()) {
                throw new CourseException("Planted bug " + bug.id() + " of exercise " + exercise.id() + " ("
                        + bug.sources() + ") does not compile:\n" + result.diagnostics());
            }
        }
        StudentTestsRubric rubric = exercise.rubric().studentTests().orElseThrow();
        List<PlannedTest> items = SuiteScoring.plan(rubric, exercise.plantedBugs());
        if (items.stream().mapToDouble(PlannedTest::maxPoints).sum() <= 0) {
            throw new CourseException("Exercise " + exercise.id() + " grades a submitted test suite but nothing can "
                    + "earn points: add planted bugs under planted-bugs/" + exercise.id() + "/ or coverage "
                    + "thresholds to its " + ExerciseRubric.FILE + ".");
        }
        Path noTestClasses = Files.createDirectories(build.resolve("test-classes"));
        return new Compiled(items, build.resolve("classes"), noTestClasses, rubricHash(items, exercise.rubric()));
    }

    /**
     * What is wrong with the {@code @Points} of the exercise's tests (see {@link Rubric#problems}): the
     * instructor's classes are loaded here to read their annotations, none of them run.
     */
    public synchronized List<String> rubricProblems(Exercise exercise) throws CourseException {
        Compiled compiled = of(exercise);
        if (exercise.rubric().gradesStudentTests()) {
            return List.of(); // no instructor tests, so no annotations to read
        }
        List<String> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.classes().toUri().toURL(),
                compiled.testClasses().toUri().toURL()}, ExpectedTests.class.getClassLoader())) {
            Set<String> names = new TreeSet<>(SandboxRunner.testClassNames(exercise.testSources()));
            if (includeHidden && exercise.hiddenTests().isPresent()) {
                names.addAll(SandboxRunner.testClassNames(exercise.hiddenTests().get()));
            }
            for (String name : names) {
                try {
                    problems.addAll(Rubric.problems(Class.forName(name, false, loader)));
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(name + ": cannot be loaded to read its points: " + e);
                }
            }
            for (var timed : exercise.rubric().speedup().cases()) {
                problems.addAll(speedupCaseProblems(timed.className(), names, loader));
            }
        } catch (IOException e) {
            throw new CourseException("Cannot read the tests of exercise " + exercise.id() + ": " + e.getMessage());
        }
        return problems;
    }

    /** What keeps the rubric's speedup case {@code name} from being timed: it must be a test class the lane can make. */
    private static List<String> speedupCaseProblems(String name, Set<String> testClasses, ClassLoader loader) {
        List<String> matches = testClasses.stream()
                .filter(c -> c.equals(name) || (!name.contains(".") && c.endsWith("." + name))).toList();
        if (matches.size() != 1) {
            return List.of(ExerciseRubric.FILE + ": speedup names " + name + ", but " + (matches.isEmpty()
                    ? "no test class has that name" : "several test classes have that name: " + matches)
                    + ". Name a class of the tests that implements SpeedupCase.");
        }
        try {
            Class<?> type = Class.forName(matches.get(0), false, loader);
            if (!SpeedupCase.class.isAssignableFrom(type)) {
                return List.of(matches.get(0) + ": the rubric times it as a speedup case, but it does not implement "
                        + "SpeedupCase.");
            }
            type.getConstructor();
            return List.of();
        } catch (NoSuchMethodException e) {
            return List.of(matches.get(0) + ": a speedup case needs a public constructor without arguments.");
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of(matches.get(0) + ": cannot be loaded to check it as a speedup case: " + e);
        }
    }

    /** Compiles the hidden tests next to the exercise's own; returns their top-level class names. */
    private static Set<String> compileHidden(Exercise exercise, Path hiddenSources, ExerciseBuild.Built built)
            throws IOException, CourseException {
        Set<String> names = SandboxRunner.testClassNames(hiddenSources);
        Set<String> clashes = new TreeSet<>(names);
        clashes.retainAll(SandboxRunner.testClassNames(exercise.testSources()));
        if (!clashes.isEmpty()) {
            throw new CourseException("Hidden tests of exercise " + exercise.id() + " have the names of its own "
                    + "tests: " + clashes + ". Rename the hidden ones.");
        }
        List<Path> classpath = new ArrayList<>(List.of(built.classes(), built.testClasses()));
        classpath.addAll(SandboxRunner.runnerClasspath());
        JavaCompilation.Result result = ExerciseBuild.Compiler.inProcess().compile(hiddenSources, classpath,
                built.testClasses());
        if (!result.ok()) {
            throw new CourseException("The hidden tests of exercise " + exercise.id() + " (" + hiddenSources
                    + ") do not compile against its skeleton:\n" + result.diagnostics());
        }
        return names;
    }

    static String rubricHash(List<PlannedTest> tests, ExerciseRubric rubric) {
        StringBuilder text = new StringBuilder(rubric.sha256()).append('\n');
        for (PlannedTest test : tests) {
            text.append(test.uniqueId()).append('\t').append(Scores.format(test.points())).append('\t')
                    .append(test.extraCredit()).append('\t').append(test.visibility()).append('\t')
                    .append(test.kind()).append('\n');
        }
        return Hashes.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() {
        if (root == null) {
            return;
        }
        Folders.delete(root);
        root = null;
        known.clear();
    }
}
