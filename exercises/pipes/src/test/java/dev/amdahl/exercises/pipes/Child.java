package dev.amdahl.exercises.pipes;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/** Builds command lines that start {@link ChildProgram} (or another main class) with the same Java as the tests. */
final class Child {

    private Child() {
    }

    /** {@link ChildProgram} with these actions, in a small, quickly started JVM. */
    static List<String> command(String... actions) {
        List<String> command = new ArrayList<>(List.of(java(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-Xmx64m",
                "-cp", testClasses().toString(), ChildProgram.class.getName()));
        command.addAll(List.of(actions));
        return command;
    }

    /**
     * {@code mainClass} from the tests, in a JVM with only {@code heap} of memory that also sees the code under
     * test: how a test runs that code where reading everything into memory cannot work.
     */
    static List<String> withCodeUnderTest(String heap, Class<?> mainClass, String... arguments) {
        String classpath = testClasses() + java.io.File.pathSeparator + mainClasses();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-Xshare:auto", "-XX:-UsePerfData", "-cp", classpath, mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path testClasses() {
        return location(ChildProgram.class.getProtectionDomain().getCodeSource());
    }

    /**
     * Where the compiled code under test is. Maven and IDEs say so in its code source; the grader loads it
     * from memory, and keeps its class files beside the tests' ({@code classes} or {@code build/classes}).
     */
    private static Path mainClasses() {
        Path found = location(Streaming.class.getProtectionDomain().getCodeSource());
        if (found != null) {
            return found;
        }
        Path tests = testClasses();
        for (Path candidate : List.of(tests.resolveSibling("classes"), tests.resolveSibling("build").resolve("classes"))) {
            if (Files.isRegularFile(candidate.resolve("dev/amdahl/exercises/pipes/Streaming.class"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the compiled class Streaming to start it in a JVM of its own "
                + "(looked beside the tests in " + tests + ")");
    }

    private static Path location(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the classes at " + source.getLocation(), e);
        }
    }
}
