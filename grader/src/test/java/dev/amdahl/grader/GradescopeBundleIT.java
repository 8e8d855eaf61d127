package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.report.Schemas;
import dev.amdahl.grader.sandbox.DockerEngine;
import dev.amdahl.grader.sandbox.SandboxImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope bundle of one exercise (latency), run the way Gradescope runs it: one container of the base
 * image as root (no network, no Docker inside), the zip unpacked to /autograder/source with its modes, setup.sh
 * once, then per submission a fresh /autograder/submission and /autograder/results and /autograder/run_autograder.
 * The reference solution as a repository and as loose files gets every point, the skeleton none; code of a
 * submission runs as the unprivileged user and cannot read /autograder/source.
 */
@RequiresDocker
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradescopeBundleIT {

    private static final Path REPO = Repository.root();
    private static final String PACKAGE = "dev/amdahl/exercises/latency";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static DockerClient docker;
    private static String container;
    private static String setupOutput;

    @BeforeAll
    static void exportTheBundleAndRunSetupOnce() throws Exception {
        // Loaded now, while the build's test classes are surely there (a build beside this one may rewrite them).
        assertThat(Schemas.gradescopeViolations("{\"score\": 0, \"tests\": []}")).isNotNull();
        Path jar = Path.of(System.getProperty("amdahl.jar", "target/amdahl.jar")).toAbsolutePath();
        assertThat(jar).as("build the jar first: ./mvnw package").isRegularFile();
        Path zip = temp.resolve("latency.zip");
        Result export = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "export-gradescope", "--course", REPO.toString(), "--out", zip.toString(),
                "-e", "latency", "--timeout", "2m"));
        assertThat(export.exitCode()).as(export.output()).isZero();

        String base = System.getenv().getOrDefault("AMDAHL_BASE_IMAGE", SandboxImage.DEFAULT_BASE);
        docker = DockerEngine.connect();
        container = docker.createContainerCmd(base)
                .withCmd("sleep", "infinity")
                .withUser("root")
                .withLabels(Map.of("amdahl.test", "GradescopeBundleIT"))
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withInit(true))
                .exec().getId();
        docker.startContainerCmd(container).exec();
        docker.copyArchiveToContainerCmd(container).withRemotePath("/")
                .withTarInputStream(new ByteArrayInputStream(layout(zip))).exec();

        Result setup = exec("bash /autograder/source/setup.sh"
                + " && cp /autograder/source/run_autograder /autograder/run_autograder"
                + " && stat -c 'source mode %a owner %U' /autograder/source");
        setupOutput = setup.output();
        assertThat(setup.exitCode()).as(setup.output()).isZero();
    }

    @AfterAll
    static void removeTheContainer() throws IOException {
        if (docker != null) {
            if (container != null) {
                docker.removeContainerCmd(container).withForce(true).exec();
            }
            docker.close();
        }
    }

    @Test
    @Order(1)
    void setupInstallsNoJdkWhereThereIsOneAndLocksTheSourceAway() {
        assertThat(setupOutput).doesNotContain("installing openjdk").contains("source mode 700 owner root")
                .contains("setup.sh: ready");
    }

    @Test
    @Order(2)
    void theReferenceSolutionAsARepositoryGetsEveryPoint() throws Exception {
        JsonNode results = grade("reference");
        assertThat(results.get("score").asDouble()).isPositive().isEqualTo(maxScore(results));
        assertThat(results.get("tests")).allSatisfy(test -> assertThat(test.get("status").asText()).isEqualTo("passed"));
    }

    @Test
    @Order(3)
    void theSkeletonGetsNothingAndItsTestsAreListedAsFailed() throws Exception {
        JsonNode results = grade("skeleton");
        assertThat(results.get("score").asDouble()).isZero();
        List<JsonNode> behaviour = new ArrayList<>();
        results.get("tests").forEach(test -> {
            assertThat(test.get("score").asDouble()).isZero();
            if (tags(test).contains("behaviour")) {
                behaviour.add(test);
            }
        });
        assertThat(behaviour).hasSizeGreaterThan(5)
                .allSatisfy(test -> assertThat(test.get("status").asText()).isEqualTo("failed"));
    }

    @Test
    @Order(4)
    void looseFilesOfTheReferenceGetEveryPointToo() throws Exception {
        JsonNode results = grade("loose");
        assertThat(results.get("score").asDouble()).isPositive().isEqualTo(maxScore(results));
    }

    @Test
    @Order(5)
    void studentCodeRunsAsTheUnprivilegedUserAndCannotReadTheSource() throws Exception {
        // The allowlist keeps latency's code from reading files at all, so the probe stands for code that got past
        // it: for its run latency may use files, and the operating system's walls must hold by themselves.
        String settings = "/autograder/source/course/exercises/latency/sandbox.properties";
        assertThat(exec("cp " + settings + " /tmp/sandbox.properties.orig && printf '\\nallow = files\\n' >> "
                + settings).exitCode()).isZero();
        JsonNode results;
        try {
            results = grade("probe");
        } finally {
            assertThat(exec("cp /tmp/sandbox.properties.orig " + settings).exitCode()).isZero();
        }
        List<String> outputs = new ArrayList<>();
        results.get("tests").forEach(test -> outputs.add(test.get("output").asText()));
        String probe = outputs.stream().filter(output -> output.contains("PROBE")).findFirst().orElseThrow(
                () -> new AssertionError("no test reported the probe: " + outputs));
        assertThat(probe).contains("user=amdahl-sandbox").contains("source=denied").contains("rubric=denied")
                .doesNotContain("uid=0 ").contains("results=read-only");
    }

    /** Grades the stashed submission {@code name} with a fresh submission and results folder; its results.json. */
    private static JsonNode grade(String name) throws Exception {
        Result run = exec("rm -rf /autograder/submission /autograder/results && mkdir -p /autograder/results"
                + " && cp -a /stash/" + name + " /autograder/submission && /autograder/run_autograder");
        assertThat(run.exitCode()).as(run.output()).isZero();
        Result read = exec("cat /autograder/results/results.json");
        assertThat(read.exitCode()).as(run.output()).isZero();
        assertThat(Schemas.gradescopeViolations(read.output())).as(read.output()).isEmpty();
        assertThat(run.output()).as("the report names the sandbox").contains("local processes as amdahl-sandbox");
        return JSON.readTree(read.output());
    }

    private static double maxScore(JsonNode results) {
        double sum = 0;
        for (JsonNode test : results.get("tests")) {
            sum += test.get("max_score").asDouble();
        }
        return sum;
    }

    private static List<String> tags(JsonNode test) {
        List<String> tags = new ArrayList<>();
        test.path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    /**
     * A tar of what the container starts with: the zip unpacked to /autograder/source as Gradescope unpacks it
     * (modes kept), and the submissions under /stash.
     */
    private static byte[] layout(Path zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
                ZipFile file = ZipFile.builder().setPath(zip).get()) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    add(tar, "autograder/source/" + entry.getName(), in.readAllBytes(), entry.getUnixMode());
                }
            }
            Path reference = REPO.resolve("solutions/latency/src/main/java");
            Path skeleton = REPO.resolve("exercises/latency/src/main/java");
            addTree(tar, reference, "stash/reference/exercises/latency/src/main/java/");
            addTree(tar, skeleton, "stash/skeleton/exercises/latency/src/main/java/");
            try (Stream<Path> files = Files.list(reference.resolve(PACKAGE))) {
                for (Path source : files.sorted().toList()) {
                    add(tar, "stash/loose/" + source.getFileName(), Files.readAllBytes(source), 0100644);
                }
            }
            addTree(tar, reference, "stash/probe/latency/src/main/java/");
            String humanTime = Files.readString(reference.resolve(PACKAGE).resolve("HumanTime.java"));
            String signature = "public static double humanSeconds(double nanoseconds) {";
            assertThat(humanTime).contains(signature);
            add(tar, "stash/probe/latency/src/main/java/" + PACKAGE + "/HumanTime.java", humanTime.replace(signature,
                    signature + "\n        if (nanoseconds >= 0) {\n            throw new IllegalStateException("
                            + "Probe.report());\n        }").getBytes(StandardCharsets.UTF_8), 0100644);
            add(tar, "stash/probe/latency/src/main/java/" + PACKAGE + "/Probe.java", PROBE.getBytes(
                    StandardCharsets.UTF_8), 0100644);
        }
        return bytes.toByteArray();
    }

    /** Student code that says who runs it and what it could reach, through a failing test's message. */
    private static final String PROBE = """
            package dev.amdahl.exercises.latency;

            import java.nio.file.Files;
            import java.nio.file.Path;

            final class Probe {

                private Probe() {
                }

                static String report() {
                    return "PROBE uid=" + uid() + " user=" + System.getProperty("user.name")
                            + " source=" + list("/autograder/source")
                            + " rubric=" + read("/autograder/source/course/exercises/latency/rubric.properties")
                            + " results=" + (Files.isWritable(Path.of("/autograder/results")) ? "writable" : "read-only");
                }

                private static String uid() {
                    try {
                        return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
                    } catch (Exception e) {
                        return "unknown";
                    }
                }

                private static String list(String folder) {
                    try (var entries = Files.list(Path.of(folder))) {
                        return "listed-" + entries.count();
                    } catch (Exception e) {
                        return "denied";
                    }
                }

                private static String read(String file) {
                    try {
                        return "read-" + Files.readString(Path.of(file)).length();
                    } catch (Exception e) {
                        return "denied";
                    }
                }
            }
            """;

    private static void addTree(TarArchiveOutputStream tar, Path root, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(tar, prefix + root.relativize(file), Files.readAllBytes(file), 0100644);
            }
        }
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(mode == 0 ? 0100644 : mode);
        entry.setIds(0, 0);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private record Result(long exitCode, String output) {
    }

    private static Result exec(String script) throws Exception {
        String id = docker.execCreateCmd(container).withCmd("bash", "-c", "exec 2>&1; " + script).withUser("root")
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCallback.Adapter<Frame> callback = docker.execStartCmd(id).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                synchronized (output) {
                    output.writeBytes(frame.getPayload());
                }
            }
        });
        assertThat(callback.awaitCompletion(5, TimeUnit.MINUTES)).as("%s finished", script).isTrue();
        Long exit = docker.inspectExecCmd(id).exec().getExitCodeLong();
        synchronized (output) {
            return new Result(exit == null ? -1 : exit, output.toString(StandardCharsets.UTF_8));
        }
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
