package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.Quantities;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.report.ConsoleReport;
import dev.amdahl.grader.report.JsonReport;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.sandbox.DockerSandbox;
import dev.amdahl.grader.sandbox.SandboxImage;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import dev.amdahl.grader.sandbox.OurContainers;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The red-team suite: every hostile or broken submission under {@code samples/redteam} gets the verdict and
 * score its manifest ({@code expected.properties}, written by hand before it ever ran) says, in a real
 * Docker sandbox, in bounded time, and leaves no container behind.
 *
 * <p>A case is a folder: its {@code .java} files are laid over the skeleton of the processes exercise (or
 * over the reference, with {@code base = reference}); {@code files/} is copied to the submission's root as
 * it is; {@code links.properties} makes symbolic links ({@code name = path in the repository}).
 */
@RequiresDocker
class RedTeamIT {

    private static final Path REPO = Repository.root();
    private static final Path CASES = REPO.resolve("samples/redteam");
    private static final String PACKAGE = "dev/amdahl/exercises/processes";
    /** How long grading may take beyond the run's own limit before the grader counts as hanging. */
    private static final Duration GRACE = Duration.ofSeconds(90);

    private static DockerSandbox sandbox;
    private static ExpectedTests expectedTests;
    /** With the hidden tests, for cases whose manifest says {@code hidden = true}; made when one needs it. */
    private static ExpectedTests withHidden;
    private static Exercise processes;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startSandbox() throws Exception {
        String base = System.getenv().getOrDefault("AMDAHL_BASE_IMAGE", SandboxImage.DEFAULT_BASE);
        sandbox = DockerSandbox.start(SandboxImage.bundled(base));
        expectedTests = new ExpectedTests();
        processes = Course.load(REPO).select(List.of("processes")).get(0);
    }

    @AfterAll
    static void nothingIsLeftBehind() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
        if (expectedTests != null) {
            expectedTests.close();
        }
        if (withHidden != null) {
            withHidden.close();
        }
        assertThat(OurContainers.leftByThisProcess()).as("containers this test's gradings left behind").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileSubmissionGetsItsExpectedVerdict() throws Exception {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CASES)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("red-team cases").hasSizeGreaterThanOrEqualTo(25);
        // -Damdahl.redteam=a,b runs only those cases, while working on them
        String only = System.getProperty("amdahl.redteam", "");
        if (!only.isBlank()) {
            List<String> names = List.of(only.split(","));
            cases = cases.stream().filter(c -> names.contains(c.getFileName().toString())).toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws Exception {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            expected.load(reader);
        }
        assertThat(expected.getProperty("why")).as("every case says what it attempts").isNotBlank();
        Path submission = submission(dir, expected.getProperty("base", "skeleton"));
        Duration timeout = expected.containsKey("timeout")
                ? Quantities.duration(expected.getProperty("timeout"))
                : null;
        boolean hidden = Boolean.parseBoolean(expected.getProperty("hidden", "false"));
        Grader grader = new Grader(sandbox, new SubmissionStager(SubmissionStager.Limits.defaults()),
                hidden ? hiddenTests() : expectedTests, SandboxLimits.defaults(), new Grader.Overrides(timeout, null),
                Clock.systemUTC(), "red-team");

        long start = System.nanoTime();
        GradeReport report = grader.grade(submission, dir.getFileName().toString(), List.of(processes));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        ExerciseResult result = report.exercises().get(0);
        String context = dir.getFileName() + ": " + result.verdict() + " " + result.earned() + "/" + result.possible()
                + "\n" + result.detail() + notPassed(result);
        assertThat(result.verdict().name()).as(context).isEqualTo(expected.getProperty("verdict"));
        // The manifests predate structure and style points: "score" is what the behaviour tests earned (hidden ones
        // included, with hidden = true).
        double behaviour = result.verdict().graded() ? Scores.behaviourEarned(result.tests()) : 0;
        assertThat(behaviour).as(context).isEqualTo(Double.parseDouble(expected.getProperty("score")));
        Duration limit = timeout != null ? timeout : processes.settings().timeout().orElse(Duration.ofMinutes(3));
        assertThat(took).as("grading time of %s", dir.getFileName()).isLessThan(limit.plus(GRACE));
        // Whatever the submission printed, every report stays readable.
        assertThat(ConsoleReport.render(report)).doesNotContain("\u001b").doesNotContain("\u0000");
        new ObjectMapper().readTree(JsonReport.toJson(report).toString());
        if (hidden) {
            nothingHiddenReachesAStudent(report, expected, context);
        }
    }

    /** The tests that did not pass, with how long they ran and why: what a failed case needs to be understood. */
    private static String notPassed(ExerciseResult result) {
        StringBuilder text = new StringBuilder();
        for (GradedResult test : result.tests()) {
            if (test.outcome() != Outcome.PASSED) {
                text.append("\n  ").append(test.outcome()).append(' ').append(test.test().displayName())
                        .append(" (").append(test.durationMillis()).append(" ms): ").append(test.message());
            }
        }
        return text.toString();
    }

    private static synchronized ExpectedTests hiddenTests() {
        if (withHidden == null) {
            withHidden = new ExpectedTests(true);
        }
        return withHidden;
    }

    /**
     * A report graded with hidden tests and rendered without their release: no hidden test class name, method
     * name or text of the hidden tests' sources reaches what a student reads (console, Markdown, HTML, Classroom,
     * what Gradescope shows before publishing), nor the parts of the instructor's JSON that other formats show
     * (detail, notes, the exercise's own tests' messages). The JSON's hidden tests and its {@code hiddenRun} are the
     * instructor's: with {@code leak}, what the attack said there must be kept (so the attack did find hidden
     * classes in their own run, and the case tests something).
     */
    private static void nothingHiddenReachesAStudent(GradeReport report, Properties expected, String context)
            throws Exception {
        assertThat(report.disclosure().hiddenReleased()).isFalse();
        ExerciseResult result = report.exercises().get(0);
        assertThat(result.hiddenRun()).as("the hidden tests ran on their own: " + context).isPresent();
        List<String> secrets = hiddenSecrets();
        ObjectMapper json = new ObjectMapper();

        Map<String, String> student = new java.util.LinkedHashMap<>();
        student.put("console", ConsoleReport.render(report));
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            student.put(format.name(), htmlText(format.writer().render(report)));
        }
        if (ReportFormat.CLASSROOM50.writer().refusal(report) == null) {
            student.put("classroom50", ReportFormat.CLASSROOM50.writer().render(report));
        }
        student.put("classroom", new String(java.util.Base64.getDecoder().decode(
                ReportFormat.CLASSROOM.writer().render(report)), StandardCharsets.UTF_8));
        JsonNode gradescope = json.readTree(ReportFormat.GRADESCOPE.writer().render(report));
        student.put("gradescope output", gradescope.get("output").asText());
        for (JsonNode test : gradescope.get("tests")) {
            String visibility = test.path("visibility").asText();
            if (!visibility.equals("after_published") && !visibility.equals("hidden")) {
                student.put("gradescope " + test.get("name").asText(), test.toString());
            }
        }
        JsonNode exercise = JsonReport.toJson(report).get("exercises").get(0);
        student.put("json detail", exercise.get("detail").asText());
        student.put("json notes", exercise.get("notes").toString());
        for (JsonNode test : exercise.get("tests")) {
            if (!test.get("visibility").asText().equals("AFTER_RELEASE")) {
                student.put("json test " + test.get("name").asText(), test.get("message").asText());
            }
        }
        student.forEach((where, text) -> assertThat(text).as("%s of %s", where, context).doesNotContain(secrets));

        String leak = expected.getProperty("leak");
        if (leak != null) {
            assertThat(JsonReport.toJson(report).toString()).as("the instructor's record keeps what the attack said")
                    .contains(leak);
        }
    }

    /**
     * What a student must not read before the release: the hidden test classes' names, their methods' names, and
     * every string literal of their sources (cut at anything a format escapes, pieces of 10 characters or more),
     * except their display names, which students see.
     */
    private static List<String> hiddenSecrets() throws Exception {
        Path hidden = REPO.resolve("hidden/processes/src/test/java");
        List<String> secrets = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(hidden)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                secrets.add(file.getFileName().toString().replace(".java", ""));
                String source = Files.readString(file).replaceAll("@DisplayName\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)", "");
                java.util.regex.Matcher methods = java.util.regex.Pattern.compile("void (\\w+)\\(").matcher(source);
                while (methods.find()) {
                    secrets.add(methods.group(1));
                }
                java.util.regex.Matcher literals = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"")
                        .matcher(source);
                while (literals.find()) {
                    for (String piece : literals.group(1).split("[^A-Za-z0-9 ,.:]+")) {
                        if (piece.trim().length() >= 10) {
                            secrets.add(piece.trim());
                        }
                    }
                }
            }
        }
        assertThat(secrets).as("what the hidden tests hold").contains("SubprocessArgumentsTest",
                "keepsSpacesAndQuotesInsideAnArgument", "two  spaces,");
        return secrets;
    }

    /** HTML and Markdown escape what they quote: compare with the text a reader sees. */
    private static String htmlText(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#34;", "\"").replace("&amp;", "&");
    }

    private static Path submission(Path dir, String base) throws Exception {
        Path root = temp.resolve(dir.getFileName().toString());
        Path code = Files.createDirectories(root.resolve("exercises/processes/src/main/java").resolve(PACKAGE));
        Path baseSources = switch (base) {
            case "skeleton" -> REPO.resolve("exercises/processes/src/main/java").resolve(PACKAGE);
            case "reference" -> REPO.resolve("solutions/processes/src/main/java").resolve(PACKAGE);
            default -> throw new IllegalArgumentException(dir + ": base must be skeleton or reference");
        };
        try (Stream<Path> files = Files.list(baseSources)) {
            for (Path file : files.toList()) {
                Files.copy(file, code.resolve(file.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.copy(file, code.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path extra = dir.resolve("files");
        if (Files.isDirectory(extra)) {
            try (Stream<Path> walk = Files.walk(extra)) {
                for (Path source : walk.toList()) {
                    Path target = root.resolve(extra.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Path links = dir.resolve("links.properties");
        if (Files.exists(links)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(links)) {
                properties.load(reader);
            }
            for (String name : properties.stringPropertyNames()) {
                Path link = code.resolve(name);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, REPO.resolve(properties.getProperty(name)).toAbsolutePath());
            }
        }
        return root;
    }
}
