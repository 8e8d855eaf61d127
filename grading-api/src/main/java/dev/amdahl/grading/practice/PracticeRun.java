package dev.amdahl.grading.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a student's compiled tests against each practice variant of the given program and prints which variants
 * they catch, then the coverage of the given program that JaCoCo measured while {@code mvn test} ran them. Maven
 * runs it after the tests, in a JVM of its own (see the exercise's {@code pom.xml}):
 *
 * <pre>
 * java -cp TEST_CLASSPATH dev.amdahl.grading.practice.PracticeRun --sources src/main/java
 *     --program target/classes --tests target/test-classes --practice practice --coverage target/site/jacoco
 *     [--strict] [--skip-if VALUE]... [--test-failure-ignore VALUE]
 * </pre>
 *
 * <p>For each variant it compiles the given program's sources with the variant's files in their place (the JDK's
 * compiler, in process) and runs the tests through the JUnit Platform launcher with a class loader in which the
 * variant's classes shadow the given ones. A variant is caught when a test that passes against the given program
 * fails against it.
 *
 * <p>{@code --skip-if true} (Maven's {@code skipTests} or {@code maven.test.skip}) runs nothing, and
 * {@code --test-failure-ignore true} ({@code maven.test.failure.ignore}) reports tests that fail against the given
 * program without failing the build, as Maven does.
 *
 * <p>Exit codes: 0 the report was printed (a missed practice bug is feedback, not a failure); 1 some test fails
 * against the given program, or with {@code --strict} (the reference tests) a practice bug was missed or the
 * equivalent refactoring failed; 2 the practice run itself could not work (a bad command line, a variant that does
 * not compile): never silent, and never the student's fault.
 */
public final class PracticeRun {

    /** JUnit's standard test class names ({@code *Test}, {@code *Tests}, {@code Test*}), as Maven runs them. */
    private static final String TEST_CLASSES = ClassNameFilter.STANDARD_INCLUDE_PATTERN;

    /** Where a student's tests go, as the message for a student without tests says. */
    private static final String NEW_TESTS = "src/test/java/dev/amdahl/exercises/testing/";

    private PracticeRun() {
    }

    /**
     * Runs the practice and exits with its code (see the class comment).
     *
     * @param args the command line (see the class comment)
     */
    public static void main(String[] args) {
        int code = run(args, System.out);
        System.out.flush();
        // Also ends threads that a test left running, which would keep this JVM alive.
        System.exit(code);
    }

    /** The options of the command line. */
    record Options(Path sources, Path program, Path tests, Path practice, Path coverage, boolean strict,
            boolean skip, boolean failureIgnore) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            boolean strict = false;
            boolean skip = false;
            boolean failureIgnore = false;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--strict")) {
                    strict = true;
                } else if (List.of("--sources", "--program", "--tests", "--practice", "--coverage", "--skip-if",
                        "--test-failure-ignore").contains(option) && i + 1 < args.length) {
                    String value = args[++i];
                    // Maven leaves ${skipTests} as it is when it is not set.
                    skip |= option.equals("--skip-if") && value.equals("true");
                    failureIgnore |= option.equals("--test-failure-ignore") && value.equals("true");
                    values.put(option, value);
                } else {
                    throw new IllegalArgumentException("unknown option or missing value: " + option);
                }
            }
            for (String required : List.of("--sources", "--program", "--tests", "--practice", "--coverage")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("missing " + required);
                }
            }
            return new Options(Path.of(values.get("--sources")), Path.of(values.get("--program")),
                    Path.of(values.get("--tests")), Path.of(values.get("--practice")),
                    Path.of(values.get("--coverage")), strict, skip, failureIgnore);
        }
    }

    /**
     * Runs the practice and prints its report to {@code out}.
     *
     * @param args the command line
     * @param out  where the report goes
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("The practice run got a bad command line (" + e.getMessage()
                    + "); see the exercise's pom.xml.");
            return 2;
        }
        if (options.skip()) {
            out.println("Practice variants: not run, because the tests were skipped.");
            return 0;
        }
        try {
            return practice(options, out);
        } catch (IOException | RuntimeException | LinkageError e) {
            out.println("The practice run itself failed; this is not a problem of your tests: " + e);
            out.println("Tell your instructor. To go on without it: ./mvnw test -Damdahl.practice.skip=true");
            return 2;
        }
    }

    private static int practice(Options options, PrintStream out) throws IOException {
        List<PracticeVariant> variants = PracticeVariant.discover(options.practice(), options.sources());
        if (variants.isEmpty()) {
            throw new PracticeException("no practice variants in " + options.practice());
        }
        if (!hasTestClasses(options.tests())) {
            out.print(PracticeReport.noTests(NEW_TESTS));
            return 0;
        }
        SuiteResult onProgram = runSuite(options.program(), options.tests());
        if (onProgram.tests() == 0) {
            out.print(PracticeReport.noTests(NEW_TESTS));
            return 0;
        }
        List<PracticeReport.VariantResult> results = new ArrayList<>();
        Path work = Files.createTempDirectory("amdahl-practice-");
        try {
            for (PracticeVariant variant : variants) {
                Path classes = compile(variant, options.sources(), work.resolve(variant.id()));
                SuiteResult onVariant = runSuite(classes, options.tests());
                results.add(new PracticeReport.VariantResult(variant, onVariant.failuresBeyond(onProgram)));
            }
        } finally {
            delete(work);
        }
        Path csv = options.coverage().resolve("jacoco.csv");
        Optional<Coverage> coverage = Files.isRegularFile(csv)
                ? Optional.of(Coverage.parseCsv(Files.readString(csv, StandardCharsets.UTF_8))) : Optional.empty();
        Path html = options.coverage().resolve("index.html");
        out.print(PracticeReport.render(onProgram, results, coverage,
                (Files.isRegularFile(html) ? html : csv).toAbsolutePath().normalize().toString()));
        boolean allCaught = results.stream().allMatch(r -> r.variant().equivalent() == r.failures().isEmpty());
        boolean failing = !onProgram.failed().isEmpty() && !options.failureIgnore();
        return failing || (options.strict() && !allCaught) ? 1 : 0;
    }

    private static boolean hasTestClasses(Path tests) throws IOException {
        if (!Files.isDirectory(tests)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(tests)) {
            return walk.anyMatch(file -> file.toString().endsWith(".class"));
        }
    }

    /** The given program's sources with the variant's files in their place, compiled into a folder of its own. */
    static Path compile(PracticeVariant variant, Path program, Path work) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new PracticeException("this Java has no compiler (javax.tools); run Maven with a JDK");
        }
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        variant.writeProgram(program, sources);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classes.toString(),
                "-encoding", "UTF-8", "-proc:none", "-nowarn", "-Xlint:none"));
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(file -> file.toString().endsWith(".java")).sorted().forEach(f -> arguments.add(f.toString()));
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new PracticeException("practice variant " + variant.id() + " does not compile:\n"
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    /**
     * Runs the test classes in {@code tests} against the program in {@code program}, each class loaded afresh. What
     * the tests print is not shown again: Maven's run already showed it.
     */
    static SuiteResult runSuite(Path program, Path tests) throws IOException {
        URL[] folders = {program.toUri().toURL(), tests.toUri().toURL()};
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Collector collector = new Collector();
        try (ShadowingClassLoader loader = new ShadowingClassLoader(folders, PracticeRun.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            System.setOut(silent);
            System.setErr(silent);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(tests)))
                    .filters(ClassNameFilter.includeClassNamePatterns(TEST_CLASSES),
                            EngineFilter.includeEngines("junit-jupiter"))
                    .build();
            // Only this collector listens: the points table of the grading API has nothing to say here.
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(request, collector);
        } finally {
            System.setOut(out);
            System.setErr(err);
            thread.setContextClassLoader(previous);
        }
        return collector.result();
    }

    /** Collects which tests and containers passed and failed. */
    private static final class Collector implements TestExecutionListener {
        private final AtomicInteger tests = new AtomicInteger();
        private final Set<String> passed = Collections.synchronizedSet(new HashSet<>());
        private final Map<String, String> failed = new ConcurrentHashMap<>();

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.getParentId().isEmpty()) {
                return; // the engine itself
            }
            if (identifier.isTest()) {
                tests.incrementAndGet();
            }
            switch (result.getStatus()) {
                case SUCCESSFUL -> passed.add(identifier.getUniqueId());
                case FAILED -> failed.put(identifier.getUniqueId(), name(identifier));
                default -> {
                    // ABORTED: an assumption did not hold; the test neither passed nor failed.
                }
            }
        }

        SuiteResult result() {
            return new SuiteResult(tests.get(), passed, failed);
        }

        private static String name(TestIdentifier identifier) {
            Optional<TestSource> source = identifier.getSource();
            if (source.isPresent() && source.get() instanceof MethodSource method) {
                String className = method.getClassName();
                return className.substring(className.lastIndexOf('.') + 1) + "." + method.getMethodName()
                        + (identifier.isTest() && !identifier.getDisplayName().startsWith(method.getMethodName())
                                ? " " + identifier.getDisplayName() : "");
            }
            return identifier.getDisplayName();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
