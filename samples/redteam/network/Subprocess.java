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

    static void attack() throws Exception {
        reached = false;
        for (var address : List.of(new java.net.InetSocketAddress("1.1.1.1", 53),
                new java.net.InetSocketAddress("169.254.169.254", 80), new java.net.InetSocketAddress("10.0.0.1", 80))) {
            try (var socket = new java.net.Socket()) {
                socket.connect(address, 2000);
                reached = true;
            } catch (java.io.IOException | IllegalArgumentException refused) {
                // as it should be
            }
        }
        try {
            java.net.InetAddress.getByName("example.com");
            reached = true;
        } catch (java.io.IOException refused) {
            // as it should be
        }
        try (var docker = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            docker.connect(java.net.UnixDomainSocketAddress.of("/var/run/docker.sock"));
            reached = true;
        } catch (java.io.IOException refused) {
            // as it should be
        }
    }

    static boolean reached;

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
