package dev.amdahl.grader.testrun;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.runner.RunnerOnHost;
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
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.nio.file.DirectoryStream;

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
     * @param plantedBugClasses for an exercise that grades a submitted suite: each planted bug's program, compiled
     *                     ({@link #classes()} is then the program as given); empty for the others
     */
    public record Compiled(List<PlannedTest> tests, Path classes, Path testClasses, String rubricSha256,
            Optional<Hidden> hidden, Map<String, Path> plantedBugClasses) {
        public Compiled {
            tests = List.copyOf(tests);
            Objects.requireNonNull(hidden, "hidden must not be null");
            plantedBugClasses = Map.copyOf(plantedBugClasses);
        }

        /** An exercise of instructor's tests, perhaps with hidden ones. */
        public Compiled(List<PlannedTest> tests, Path classes, Path testClasses, String rubricSha256,
                Optional<Hidden> hidden) {
            this(tests, classes, testClasses, rubricSha256, hidden, Map.of());
        }

        /** Without hidden tests. */
        public Compiled(List<PlannedTest> tests, Path classes, Path testClasses, String rubricSha256) {
            this(tests, classes, testClasses, rubricSha256, Optional.empty());
        }

        /** Whether {@code test} is one of the hidden tests, which run apart from the others. */
        public boolean isHidden(PlannedTest test) {
            return hidden.isPresent() && hidden.get().classNames().contains(topLevel(test.className()));
        }

        /** The tests that the exercise's own run reports: every test but the hidden ones. */
        public List<PlannedTest> ownTests() {
            return tests.stream().filter(t -> !isHidden(t)).toList();
        }

        /** The hidden tests, which only their own run reports. */
        public List<PlannedTest> hiddenTests() {
            return tests.stream().filter(this::isHidden).toList();
        }
    }

    /**
     * The hidden tests of an exercise, which run in a sandbox run of their own: {@link Compiled#testClasses()} (what
     * the exercise's own run gets) never holds them.
     *
     * @param classNames  their top-level classes
     * @param testClasses what their run gets: the hidden classes and the exercise's test helpers (every class of its
     *                    tests except the test classes that no hidden class refers to), so that run runs the hidden
     *                    tests and as few others as can be
     */
    public record Hidden(Set<String> classNames, Path testClasses) {
        public Hidden {
            classNames = Set.copyOf(classNames);
            Objects.requireNonNull(testClasses, "testClasses must not be null");
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

    /** The exercise's planned tests, compiled on first use and then kept for the life of this object. */
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
            RunnerOnHost.Build compiled = RunnerOnHost.compileWithTests(exercise.directory(), build);
            if (compiled instanceof RunnerOnHost.Failed failed) {
                throw new CourseException("The skeleton of exercise " + exercise.id() + " does not compile"
                        + (failed.stage().equals("tests") ? " with its tests" : "") + ":\n" + failed.diagnostics());
            }
            RunnerOnHost.Built built = (RunnerOnHost.Built) compiled;
            List<PlannedTest> discovered = new ArrayList<>(RunnerOnHost.discover(built.classes(),
                    built.testClasses(), built.testResources()));
            Optional<Hidden> hidden = Optional.empty();
            if (includeHidden && exercise.hiddenTests().isPresent()) {
                hidden = Optional.of(compileHidden(exercise, exercise.hiddenTests().get(), built, build, discovered));
                Set<String> hiddenClasses = hidden.get().classNames();
                for (PlannedTest test : RunnerOnHost.discover(built.classes(), hidden.get().testClasses(),
                        built.testResources())) {
                    if (!hiddenClasses.contains(topLevel(test.className()))) {
                        continue; // one of the exercise's own tests that a hidden one refers to: not run here
                    }
                    if (test.visibility() == Visibility.VISIBLE || test.visibility() == Visibility.AFTER_DUE_DATE) {
                        test = test.withVisibility(Visibility.AFTER_RELEASE); // shown once the instructor releases them
                    }
                    discovered.add(test);
                }
            }
            List<PlannedTest> tests = new ArrayList<>();
            for (PlannedTest test : discovered) {
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
            return new Compiled(tests, built.classes(), built.testClasses(), rubricHash(tests, exercise.rubric()),
                    hidden);
        } catch (IOException e) {
            throw new CourseException("Cannot compile the tests of exercise " + exercise.id() + ": " + e.getMessage());
        }
    }

    /**
     * An exercise whose submission is a test suite: the program and every planted bug must compile; what can be
     * earned is the rubric's items (see {@link SuiteScoring#plan}), known before any suite is seen.
     */
    private static Compiled compileSuiteExercise(Exercise exercise, Path build) throws IOException, CourseException {
        RunnerOnHost.Build program = RunnerOnHost.compileProgram(exercise.directory(), build);
        if (program instanceof RunnerOnHost.Failed failed) {
            throw new CourseException("The program of exercise " + exercise.id() + " does not compile:\n"
                    + failed.diagnostics());
        }
        Map<String, Path> bugClasses = new HashMap<>();
        for (PlantedBug bug : exercise.plantedBugs()) {
            List<String> problems = bug.problemsAgainst(exercise.skeletonSources());
            if (!problems.isEmpty()) {
                throw new CourseException("Exercise " + exercise.id() + ": " + String.join("; ", problems) + ".");
            }
            Path changed = build.resolve("planted-bugs").resolve(bug.id());
            bug.writeProgram(exercise.skeletonSources(), changed.resolve("src"));
            Optional<String> diagnostics = RunnerOnHost.compile(changed.resolve("src"), List.of(),
                    changed.resolve("classes"));
            if (diagnostics.isPresent()) {
                throw new CourseException("Planted bug " + bug.id() + " of exercise " + exercise.id() + " ("
                        + bug.sources() + ") does not compile:\n" + diagnostics.get());
            }
            bugClasses.put(bug.id(), changed.resolve("classes"));
        }
        StudentTestsRubric rubric = exercise.rubric().studentTests().orElseThrow();
        List<PlannedTest> items = SuiteScoring.plan(rubric, exercise.plantedBugs());
        if (items.stream().mapToDouble(PlannedTest::maxPoints).sum() <= 0) {
            throw new CourseException("Exercise " + exercise.id() + " grades a submitted test suite but nothing can "
                    + "earn points: add planted bugs under planted-bugs/" + exercise.id() + "/ or coverage "
                    + "thresholds to its " + ExerciseRubric.FILE + ".");
        }
        Path noTestClasses = Files.createDirectories(build.resolve("test-classes"));
        return new Compiled(items, build.resolve("classes"), noTestClasses, rubricHash(items, exercise.rubric()),
                Optional.empty(), bugClasses);
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
        List<Path> classpath = new ArrayList<>(List.of(compiled.classes(), compiled.testClasses()));
        compiled.hidden().ifPresent(h -> classpath.add(h.testClasses()));
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), ExpectedTests.class.getClassLoader())) {
            // Only the exercise's own test classes are there when a speedup is timed.
            Set<String> own = new TreeSet<>(RunnerOnHost.testClassNames(exercise.testSources()));
            Set<String> names = new TreeSet<>(own);
            compiled.hidden().ifPresent(h -> names.addAll(h.classNames()));
            for (String name : names) {
                try {
                    problems.addAll(Rubric.problems(Class.forName(name, false, loader)));
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(name + ": cannot be loaded to read its points: " + e);
                }
            }
            for (var timed : exercise.rubric().speedup().cases()) {
                problems.addAll(speedupCaseProblems(timed.className(), own, loader));
            }
        } catch (IOException e) {
            throw new CourseException("Cannot read the tests of exercise " + exercise.id() + ": " + e.getMessage());
        }
        return problems;
    }

    private static URL[] urls(List<Path> folders) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path folder : folders) {
            urls.add(folder.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * What keeps the rubric's speedup case {@code name} from being timed: it must be a test class the lane can
     * make.
     */
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

    /**
     * Compiles the hidden tests against the exercise's own, into a folder of their own, and makes the folder their
     * run gets (see {@link Hidden#testClasses()}). {@code built.testClasses()} stays as it was: the hidden classes
     * never reach the exercise's own run.
     *
     * @param ownTests the exercise's own tests, discovered: their classes are left out of the hidden tests' run
     *                 unless a class that stays refers to them
     */
    private static Hidden compileHidden(Exercise exercise, Path hiddenSources, RunnerOnHost.Built built, Path build,
            List<PlannedTest> ownTests) throws IOException, CourseException {
        Set<String> names = RunnerOnHost.testClassNames(hiddenSources);
        Set<String> clashes = new TreeSet<>(names);
        clashes.retainAll(RunnerOnHost.testClassNames(exercise.testSources()));
        if (!clashes.isEmpty()) {
            throw new CourseException("Hidden tests of exercise " + exercise.id() + " have the names of its own "
                    + "tests: " + clashes + ". Rename the hidden ones.");
        }
        List<Path> classpath = new ArrayList<>(List.of(built.classes(), built.testClasses()));
        classpath.addAll(RunnerOnHost.testClasspath());
        Path hiddenClasses = build.resolve("hidden-classes");
        Optional<String> diagnostics = RunnerOnHost.compile(hiddenSources, classpath, hiddenClasses);
        if (diagnostics.isPresent()) {
            throw new CourseException("The hidden tests of exercise " + exercise.id() + " (" + hiddenSources
                    + ") do not compile against its skeleton:\n" + diagnostics.get());
        }
        Path run = build.resolve("hidden-test-classes");
        Set<String> left = leftOut(built.testClasses(), hiddenClasses,
                ownTests.stream().map(t -> topLevel(t.className())).collect(Collectors.toSet()));
        Folders.copy(built.testClasses(), run);
        for (String name : left) {
            Path folder = run.resolve(name.replace('.', '/')).getParent();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                    f -> f.getFileName().toString().equals(simple + ".class")
                            || f.getFileName().toString().startsWith(simple + "$"))) {
                for (Path file : files) {
                    Files.delete(file);
                }
            }
        }
        Folders.copy(hiddenClasses, run);
        return new Hidden(names, run);
    }

    /**
     * Which of the exercise's own test classes ({@code ownTestClasses}, top-level names) the hidden tests' run can
     * do without: those that no hidden class refers to, nor any class that stays. A reference is looked for as
     * text in the class files (a name in the constant pool, internal or binary, as {@code @MethodSource} writes
     * it), so a false match only keeps a class.
     */
    static Set<String> leftOut(Path ownClasses, Path hiddenClasses, Set<String> ownTestClasses) throws IOException {
        Map<String, String> texts = new HashMap<>(); // top-level class -> its class files' text
        List<String> keptTexts = new ArrayList<>(classTexts(hiddenClasses).values());
        for (Map.Entry<String, String> own : classTexts(ownClasses).entrySet()) {
            if (ownTestClasses.contains(own.getKey())) {
                texts.put(own.getKey(), own.getValue());
            } else {
                keptTexts.add(own.getValue()); // a helper: it stays
            }
        }
        Set<String> left = new TreeSet<>(texts.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : List.copyOf(left)) {
                String internal = name.replace('.', '/');
                if (keptTexts.stream().anyMatch(t -> t.contains(internal) || t.contains(name))) {
                    left.remove(name);
                    keptTexts.add(texts.get(name));
                    changed = true;
                }
            }
        }
        return left;
    }

    /** The class files under {@code folder}, read as ISO-8859-1 text and joined by top-level class. */
    private static Map<String, String> classTexts(Path folder) throws IOException {
        Map<String, StringBuilder> texts = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String binary = folder.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                String name = topLevel(binary.substring(0, binary.length() - ".class".length()));
                texts.computeIfAbsent(name, n -> new StringBuilder())
                        .append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        Map<String, String> out = new HashMap<>();
        texts.forEach((name, text) -> out.put(name, text.toString()));
        return out;
    }

    /** {@code a.B$C} is in the top-level class {@code a.B}. */
    static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
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
