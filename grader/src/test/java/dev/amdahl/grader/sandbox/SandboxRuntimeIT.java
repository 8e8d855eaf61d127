package dev.amdahl.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.docker.RequiresDocker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's runtime in the real image: linked from the runner's modules only, so the modules a gateway needs are
 * not there at all (the image's runner JVM gets no {@code --limit-modules}, which would turn off class-data sharing),
 * and the training run's archive is there and valid for the runner's flags; the forked compiler runs on the
 * whole JDK, with an archive of its own.
 */
@RequiresDocker
class SandboxRuntimeIT {

    private static DockerSandbox sandbox;

    @TempDir
    Path input;

    @BeforeAll
    static void start() throws Exception {
        String base = System.getenv().getOrDefault("AMDAHL_BASE_IMAGE", SandboxImage.DEFAULT_BASE);
        sandbox = DockerSandbox.start(SandboxImage.bundled(base));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void theRunnersRuntimeHoldsItsModulesAndNoOther() throws Exception {
        SandboxResult result = run(List.of("amdahl-java", "--list-modules"));

        List<String> modules = result.console().lines().map(line -> line.replaceAll("@.*", "").strip())
                .filter(line -> !line.isEmpty()).sorted().toList();
        assertThat(modules).as(result.console()).contains("java.base", "java.logging", "java.compiler", "jdk.compiler")
                .doesNotContain("java.management", "java.instrument", "jdk.attach", "java.scripting", "jdk.jshell",
                        "java.desktop", "java.naming", "jdk.unsupported", "java.sql", "java.net.http");
        assertThat(modules).allMatch(module -> List.of("java.base", "java.logging", "java.compiler", "jdk.compiler",
                "jdk.internal.opt", "jdk.zipfs").contains(module), "only the runner's modules and what they need");
    }

    @Test
    void theClassArchiveMapsForTheRunnersFlags() throws Exception {
        // -Xshare:on fails instead of falling back, so a missing or mismatched archive shows here.
        SandboxResult result = run(List.of("amdahl-java", "-XX:+UseSerialGC", "-Xshare:on",
                "-XX:SharedArchiveFile=/opt/amdahl/amdahl-runner.jsa", "-Xlog:class+load=info",
                "-cp", "/opt/amdahl/amdahl-sandbox-runner.jar", "dev.amdahl.runner.SandboxRunner"));

        // "(top)": from the training's archive, on top of the runtime's own
        assertThat(result.console()).as(result.console())
                .contains("dev.amdahl.runner.SandboxRunner source: shared objects file (top)")
                .contains("usage: SandboxRunner");
    }

    @Test
    void theForkedCompilerRunsOnTheWholeJdkWithAnArchiveOfItsOwn() throws Exception {
        SandboxResult modules = run(List.of("/opt/amdahl/compiler-jdk/bin/java", "--list-modules"));
        // javac offers what its JDK has: code that uses java.beans compiles, and the forbidden-API check refuses it
        assertThat(modules.console()).as(modules.console()).contains("java.desktop", "java.management");

        SandboxResult mapped = run(List.of("/opt/amdahl/compiler-jdk/bin/java", "-XX:+UseSerialGC", "-Xshare:on",
                "-XX:SharedArchiveFile=/opt/amdahl/amdahl-compiler.jsa", "-Xlog:class+load=info",
                "-cp", "/opt/amdahl/amdahl-sandbox-runner.jar", "dev.amdahl.runner.TwoStageCompile"));
        assertThat(mapped.console()).as(mapped.console())
                .contains("dev.amdahl.runner.TwoStageCompile source: shared objects file (top)");
    }

    private SandboxResult run(List<String> command) throws Exception {
        SandboxLimits limits = SandboxLimits.defaults().withWallClock(Duration.ofSeconds(60));
        return sandbox.run(new SandboxJob("runtime", input, command, Map.of("amdahl.test", "runtime"), limits,
                new OutputWatcher() {
                    @Override
                    public void eventBytes(byte[] chunk) {
                    }

                    @Override
                    public boolean done() {
                        return false;
                    }
                }));
    }
}
