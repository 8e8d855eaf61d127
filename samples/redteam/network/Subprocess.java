package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: tries to reach the network. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return reached ? Integer.parseInt(command.get(command.size() - 1)) : -1;
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The attack runs in a child JVM: the allowlist refuses java.net in the submission itself, so the container's
     * own wall (no network) is what this case checks. The child exits 0 only if something answered.
     */
    private static final String CHILD = """
            import java.net.*;
            import java.nio.channels.SocketChannel;
            import java.util.List;

            public class Net {
                public static void main(String[] args) {
                    boolean reached = false;
                    for (InetSocketAddress address : List.of(new InetSocketAddress("1.1.1.1", 53),
                            new InetSocketAddress("169.254.169.254", 80), new InetSocketAddress("10.0.0.1", 80))) {
                        try (Socket socket = new Socket()) {
                            socket.connect(address, 2000);
                            reached = true;
                        } catch (Exception refused) {
                            // as it should be
                        }
                    }
                    try {
                        InetAddress.getByName("example.com");
                        reached = true;
                    } catch (Exception refused) {
                        // as it should be
                    }
                    try (SocketChannel docker = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                        docker.connect(UnixDomainSocketAddress.of("/var/run/docker.sock"));
                        reached = true;
                    } catch (Exception refused) {
                        // as it should be
                    }
                    System.exit(reached ? 0 : 1);
                }
            }
            """;

    private static boolean attacked;

    static synchronized void attack() throws Exception {
        if (attacked) {
            return;
        }
        attacked = true;
        Path source = java.nio.file.Files.createTempDirectory("net").resolve("Net.java");
        java.nio.file.Files.writeString(source, CHILD);
        reached = new ProcessBuilder("java", source.toString()).inheritIO().start().waitFor() == 0;
    }

    static boolean reached;

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
