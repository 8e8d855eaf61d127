package dev.amdahl.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.runner.RunnerInvocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session in the real engine: its program keeps taking lines on the channel (the socket at
 * {@link RunnerInvocation#EVENTS}) between answers, it can be frozen so that it uses no CPU, it runs pinned to a cpuset
 * without a CPU quota, and nothing of it is left when it ends.
 */
@RequiresDocker
class SandboxSessionIT {

    private static DockerSandbox sandbox;
    private static DockerClient docker;

    @TempDir
    Path input;

    @BeforeAll
    static void start() throws Exception {
        String base = System.getenv().getOrDefault("AMDAHL_BASE_IMAGE", SandboxImage.DEFAULT_BASE);
        sandbox = DockerSandbox.start(SandboxImage.bundled(base));
        docker = DockerEngine.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
        if (docker != null) {
            docker.close();
        }
    }

    /** A program that connects to the channel as the runner does, and echoes each line (or, with "tick", ticks). */
    private static final String PROGRAM = """
            import java.io.*;
            import java.net.*;
            import java.nio.channels.*;
            import java.nio.charset.StandardCharsets;

            public class Program {
                public static void main(String[] args) throws Exception {
                    SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
                    socket.connect(UnixDomainSocketAddress.of(args[0]));
                    PrintStream out = new PrintStream(Channels.newOutputStream(socket), true, StandardCharsets.UTF_8);
                    if (args.length > 1) {
                        for (int i = 1; ; i++) {
                            out.println("tick " + i);
                            Thread.sleep(50);
                        }
                    }
                    BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(socket),
                            StandardCharsets.UTF_8));
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        out.println("got " + line);
                        if (line.equals("quit")) {
                            out.println("bye");
                            return;
                        }
                    }
                }
            }
            """;

    /** What arrives on the channel as text, and done once it has seen {@code until}. */
    private static final class Lines implements OutputWatcher {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final String until;

        Lines(String until) {
            this.until = until;
        }

        @Override
        public synchronized void eventBytes(byte[] chunk) {
            bytes.writeBytes(chunk);
        }

        @Override
        public synchronized boolean done() {
            return text().contains(until);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        String await(String expected, Duration limit) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (!text().contains(expected) && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            return text();
        }
    }

    private SandboxJob job(String script, Lines watcher, Duration wallClock) throws Exception {
        Files.writeString(input.resolve("marker"), "x");
        return new SandboxJob("session-test", input, List.of("sh", "-c", script), Map.of("amdahl.test", "session"),
                SandboxLimits.defaults().withWallClock(wallClock), watcher);
    }

    private SandboxJob program(Lines watcher, String... more) throws Exception {
        Files.writeString(input.resolve("Program.java"), PROGRAM);
        List<String> command = new java.util.ArrayList<>(List.of("java", RunnerInvocation.WORK + "/Program.java",
                RunnerInvocation.EVENTS));
        command.addAll(List.of(more));
        return new SandboxJob("session-test", input, command, Map.of("amdahl.test", "session"),
                SandboxLimits.defaults().withWallClock(Duration.ofMinutes(1)), watcher);
    }

    private Container container() {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of("amdahl.test", "session")).exec()
                .stream().findFirst().orElse(null);
    }

    @Test
    void linesGoInAndAnswersComeBackWhileItKeepsRunning() throws Exception {
        Lines out = new Lines("bye");
        try (SandboxSession session = sandbox.open(program(out), "0")) {
            session.send("one"); // before the program has connected: it gets it once it does
            assertThat(out.await("got one", Duration.ofSeconds(60))).contains("got one");
            assertThat(session.running()).isTrue();
            session.send("two");
            assertThat(out.await("got two", Duration.ofSeconds(20))).contains("got two");

            var host = docker.inspectContainerCmd(container().getId()).exec().getHostConfig();
            assertThat(host.getCpusetCpus()).as("pinned").isEqualTo("0");
            assertThat(host.getNanoCPUs()).as("no CPU quota, which throttles parallel code").isIn(null, 0L);
            assertThat(host.getNetworkMode()).isEqualTo("none");

            session.send("quit");
            assertThat(out.await("bye", Duration.ofSeconds(20))).contains("bye");
            SandboxResult result = session.finish();
            assertThat(result.exitCode()).hasValue(0);
            assertThat(result.timedOut()).isFalse();
        }
        assertThat(container()).as("removed when the session ends").isNull();
    }

    @Test
    void aFrozenSessionDoesNothingUntilThawed() throws Exception {
        Lines out = new Lines("never");
        try (SandboxSession session = sandbox.open(program(out, "tick"), "0")) {
            assertThat(out.await("tick 3", Duration.ofSeconds(60))).contains("tick 3");
            session.freeze();
            assertThat(docker.inspectContainerCmd(container().getId()).exec().getState().getPaused()).isTrue();
            Thread.sleep(200); // output already on its way may still arrive
            int frozenAt = out.text().length();
            Thread.sleep(1000);
            assertThat(out.text().length()).as("no output while frozen").isEqualTo(frozenAt);
            session.thaw();
            Thread.sleep(1000);
            assertThat(out.text().length()).as("it goes on once thawed").isGreaterThan(frozenAt);
        }
        assertThat(container()).isNull();
    }

    @Test
    void theWallClockEndsASessionThatIsNeverFinished() throws Exception {
        Lines out = new Lines("never");
        SandboxSession session = sandbox.open(job("sleep 600", out, Duration.ofSeconds(3)), "0");
        Thread.sleep(6000);
        assertThat(session.running()).isFalse();
        assertThatThrownBy(() -> session.send("anything")).isInstanceOf(SandboxException.class);
        SandboxResult result = session.finish();
        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isEmpty();
        assertThat(container()).isNull();
    }
}
