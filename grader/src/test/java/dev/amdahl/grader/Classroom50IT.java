package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.export.classroom50.Classroom50Export;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.report.Classroom50Contract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Classroom 50 export end to end: the bundle is unpacked from the {@code .tar.gz} Classroom 50 would serve, and
 * its {@code autograder.py} runs the way Classroom 50's runner runs it (python, the student's checkout as the
 * working folder, the runner's environment, the bundle's folder beside it) on real checkouts made from the exported
 * template. Every {@code result.json} must pass Classroom 50's field rules, with the points {@code amdahl grade}
 * gives the same code. The expected verdicts were written before the first run.
 */
@RequiresDocker
class Classroom50IT {

    private static final Path REPO = Repository.root();
    private static final String CLASSROOM = "par-2026";
    private static final String ASSIGNMENT = "hw1-latency";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Path export;
    private static Path bundle;

    @BeforeAll
    static void exportAndUnpack() throws Exception {
        export = temp.resolve("export");
        Run run = run(temp, List.of(java(), "-jar", jar().toString(), "export-classroom50", "--out",
                export.toString(), "--course", REPO.toString(), "--classroom", CLASSROOM, "--assignment", ASSIGNMENT,
                "-e", "latency", "--grader-url", export.resolve("amdahl.jar").toUri().toString()), Map.of());
        assertThat(run.exit).as(run.output).isZero();
        Path runtime = Files.createDirectories(temp.resolve("runner-temp/classroom50-runtime"));
        Run untar = run(temp, List.of("tar", "-xzf", export.resolve("preview/" + ASSIGNMENT + ".tar.gz").toString(),
                "-C", runtime.toString()), Map.of());
        assertThat(untar.exit).as(untar.output).isZero();
        bundle = runtime.resolve(ASSIGNMENT);
    }

    @Test
    void theBundleFitsClassroom50AndHoldsNoSolutionAndTheTemplateNoInstructorMaterial() throws Exception {
        assertThat(Files.size(export.resolve("preview/" + ASSIGNMENT + ".tar.gz")))
                .isLessThanOrEqualTo(Classroom50Export.BUNDLE_LIMIT);
        assertThat(bundle.resolve("autograder.py")).isRegularFile();
        assertThat(Files.readString(export.resolve("runtime.json"))).contains("\"java\": \"21\"");
        // Given code (the same file in the skeleton and the reference) is the students' to have.
        Set<String> solutionHashes = hashes(REPO.resolve("solutions"));
        solutionHashes.removeAll(hashes(REPO.resolve("exercises")));
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = bundle.relativize(file).toString();
                assertThat(name).as("bundle file").matches("autograder\\.py|amdahl-classroom50\\.json|course/"
                        + "(exercises|planted-bugs)/latency/.*|course/exercises/pom\\.xml");
                assertThat(solutionHashes).as("%s is not a solution file", name).doesNotContain(Hashes.ofFile(file));
            }
        }
        Path template = export.resolve(Classroom50Export.TEMPLATE);
        assertThat(template.resolve(".github/workflows")).as("Classroom 50 brings its own workflow").doesNotExist();
        assertThat(template.resolve("exercises/latency/src/main/java")).isDirectory();
        assertThat(Files.readString(template.resolve("README.md"))).contains("Classroom 50")
                .doesNotContain("GitHub Classroom shows");
        Set<String> hiddenHashes = hashes(REPO.resolve("hidden"));
        try (Stream<Path> files = Files.walk(template)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            for (Path file : all) {
                assertThat(solutionHashes).as("%s is not a solution file", template.relativize(file))
                        .doesNotContain(Hashes.ofFile(file));
                assertThat(hiddenHashes).as("%s is not a hidden test", template.relativize(file))
                        .doesNotContain(Hashes.ofFile(file));
            }
        }
    }

    @Test
    void theReferenceGetsThePointsAmdahlGradeGivesIt() throws Exception {
        Path checkout = checkout("reference", REPO.resolve("solutions/latency/src/main/java"));
        JsonNode result = autograde(checkout, 0);
        JsonNode direct = grade(checkout);
        assertThat(result.get("score").asDouble()).isEqualTo(direct.get("score").asDouble()).isEqualTo(29);
        assertThat(result.get("max-score").asDouble()).isEqualTo(direct.get("maxScore").asDouble()).isEqualTo(29);
        assertThat(result.get("tests")).allSatisfy(test -> assertThat(test.get("passed").asBoolean()).isTrue());
        assertThat(Files.readString(checkout.resolve("release-body.md"))).contains("Score: 29 / 29")
                .hasSizeLessThan(125_000);
    }

    @Test
    void theSkeletonGetsThePointsAmdahlGradeGivesIt() throws Exception {
        Path checkout = checkout("skeleton", null);
        JsonNode result = autograde(checkout, 0);
        JsonNode direct = grade(checkout);
        assertThat(result.get("score").asInt()).isZero();
        assertThat(direct.get("score").asDouble()).isZero();
        assertThat(result.get("max-score").asDouble()).isEqualTo(direct.get("maxScore").asDouble()).isEqualTo(29);
        assertThat(result.get("tests")).anySatisfy(test -> assertThat(test.get("message").asText())
                .contains("TODO"));
    }

    @Test
    void aCompileErrorIsGradedZeroWithTheCompilersWords() throws Exception {
        Path checkout = checkout("broken", REPO.resolve("solutions/latency/src/main/java"));
        Path human = checkout.resolve("exercises/latency/src/main/java/dev/amdahl/exercises/latency/HumanTime.java");
        Files.writeString(human, Files.readString(human).replaceFirst(";", ""));

        JsonNode result = autograde(checkout, 0);

        assertThat(result.get("score").asInt()).isZero();
        assertThat(result.get("max-score").asInt()).isEqualTo(29);
        assertThat(Files.readString(checkout.resolve("release-body.md"))).containsIgnoringCase("compile");
    }

    @Test
    void aHostileCheckoutCannotForgeItsResult() throws Exception {
        // A committed result.json that claims full marks, a release body of its own, and code that would end the
        // tests' JVM: the code is rejected before it runs (0 points), and both files are the autograder's.
        Path checkout = checkout("hostile", REPO.resolve("solutions/latency/src/main/java"));
        Path human = checkout.resolve("exercises/latency/src/main/java/dev/amdahl/exercises/latency/HumanTime.java");
        String code = Files.readString(human);
        int body = code.indexOf('{', code.indexOf("static double humanSeconds"));
        Files.writeString(human, code.substring(0, body + 1) + " System.exit(0);" + code.substring(body + 1));
        Files.writeString(checkout.resolve("result.json"), "{\"schema\": \"classroom50/result/v1\", \"score\": 29}");
        Files.writeString(checkout.resolve("release-body.md"), "All tests passed!");

        JsonNode result = autograde(checkout, 0);

        assertThat(result.get("score").asInt()).isZero();
        assertThat(Files.readString(checkout.resolve("release-body.md"))).doesNotContain("All tests passed!")
                .containsIgnoringCase("rejected");
    }

    @Test
    void aGraderThatIsNotTheExportedOneIsRefusedAndNothingIsScored() throws Exception {
        Path otherBundle = temp.resolve("other-bundle");
        Folders.copy(bundle, otherBundle);
        Path settings = otherBundle.resolve(Classroom50Export.SETTINGS);
        Path impostor = Files.writeString(temp.resolve("impostor.jar"), "not the grader");
        Files.writeString(settings, Files.readString(settings).replaceFirst("\"url\" : \"[^\"]*\"",
                "\"url\" : \"" + impostor.toUri() + "\""));
        Path checkout = checkout("impostor", REPO.resolve("solutions/latency/src/main/java"));

        // A runner of its own: a grader downloaded earlier (and checked) would be used from its cache.
        Run run = autograder(otherBundle, checkout, temp.resolve("impostor-runner-temp"));

        assertThat(run.exit).as(run.output).isNotZero();
        assertThat(run.output).contains("is not the grader that was exported");
        assertThat(checkout.resolve("result.json")).doesNotExist();
    }

    /** Runs the bundle's autograder in {@code checkout} as the runner does; its result, checked against the rules. */
    private static JsonNode autograde(Path checkout, int expectedExit) throws Exception {
        Run run = autograder(bundle, checkout);
        assertThat(run.exit).as(run.output).isEqualTo(expectedExit);
        JsonNode result = JSON.readTree(checkout.resolve("result.json").toFile());
        assertThat(Classroom50Contract.violations(result, CLASSROOM, ASSIGNMENT)).as(result.toString()).isEmpty();
        assertThat(result.get("submission").asText()).isEqualTo("submit/2026-12-07T10-00-00Z-abc1234");
        return result;
    }

    private static Run autograder(Path bundleFolder, Path checkout) throws Exception {
        return autograder(bundleFolder, checkout, temp.resolve("runner-temp"));
    }

    private static Run autograder(Path bundleFolder, Path checkout, Path runnerTemp) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("CLASSROOM", CLASSROOM);
        env.put("ASSIGNMENT", ASSIGNMENT);
        env.put("SUBMISSION_TAG", "submit/2026-12-07T10-00-00Z-abc1234");
        env.put("USERNAME", "alice");
        env.put("OWNER", "alice");
        env.put("ASSIGNMENT_TYPE", "individual");
        env.put("COMMIT_URL", "https://github.com/org/par-2026-hw1-latency-alice/commit/abc1234");
        env.put("RELEASE_URL", "https://github.com/org/par-2026-hw1-latency-alice/releases/tag/submit%2Fx");
        env.put("REVIEW_URL", "https://github.com/org/par-2026-hw1-latency-alice/compare/a...abc1234");
        env.put("CLASSROOM50_BUNDLE_DIR", bundleFolder.toString());
        env.put("RUNNER_TEMP", Files.createDirectories(runnerTemp).toString());
        env.put("JAVA_HOME", Path.of(java()).getParent().getParent().toString());
        return run(checkout, List.of("python3", bundleFolder.resolve("autograder.py").toString()), env);
    }

    /** What {@code amdahl grade} itself says of the checkout's latency code. */
    private static JsonNode grade(Path checkout) throws Exception {
        Path json = temp.resolve(checkout.getFileName() + "-direct.json");
        Run run = run(temp, List.of(java(), "-jar", jar().toString(), "grade", checkout.toString(), "--course",
                REPO.toString(), "-e", "latency", "--json", json.toString()), Map.of());
        assertThat(run.exit).as(run.output).isZero();
        return JSON.readTree(json.toFile());
    }

    /** A student's repository made from the exported template, with {@code code} as its latency code (if any). */
    private static Path checkout(String name, Path code) throws IOException {
        Path checkout = temp.resolve("checkout-" + name);
        Folders.copy(export.resolve(Classroom50Export.TEMPLATE), checkout);
        if (code != null) {
            Folders.copy(code, checkout.resolve("exercises/latency/src/main/java"));
        }
        return checkout;
    }

    private static Set<String> hashes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> hashes = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/"))
                    .filter(f -> f.toString().endsWith(".java")).toList()) {
                hashes.add(Hashes.ofFile(file));
            }
            return hashes.stream().collect(Collectors.toSet());
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path directory, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path log = Files.createTempFile(temp, "run-", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not end within 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path jar() {
        return Path.of(System.getProperty("amdahl.jar", REPO.resolve("grader/target/amdahl.jar").toString()));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
