package dev.amdahl.exercises.processes;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command line that starts {@link ChildProgram} with the same Java as the tests. */
final class Child {

    private Child() {
    }

    static List<String> command(String... actions) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx64m",
                "-cp", classpath(), ChildProgram.class.getName()));
        command.addAll(List.of(actions));
        return command;
    }

    private static String classpath() {
        try {
            return Path.of(ChildProgram.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the test classes", e);
        }
    }
}
