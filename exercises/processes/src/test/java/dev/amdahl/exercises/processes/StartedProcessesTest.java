package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests' own clean-up, checked; these tests carry no points and do not run your code. No process that a test
 * starts may outlive it, even one whose parent was killed before it, as a timeout that kills only the program
 * leaves behind.
 */
@DisplayName("the tests' own clean-up, no points")
@ExtendWith(NoProcessLeftBehind.class)
class StartedProcessesTest {

    @Test
    @DisplayName("no points: a process whose parent was killed is still killed after the test")
    void killsAProcessWhoseParentWasKilled() throws Exception {
        Optional<ProcessHandle> grandchild;
        try (StartedProcesses leftovers = new StartedProcesses()) {
            Process child = new ProcessBuilder(Child.command("spawn-sleeper", "sleep", "600000"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String pid = Within.limit(Duration.ofSeconds(20), "reading the child's first line", stdout::readLine,
                    "the child should print the pid of the process it started.");
            grandchild = ProcessHandle.of(Long.parseLong(pid.strip()));
            assertTrue(grandchild.isPresent(), "the child's own process (pid " + pid + ") should be running");
            Thread.sleep(300); // several of the clean-up's looks, as while code under test runs
            child.destroyForcibly().waitFor();
            assertFalse(ProcessHandle.current().descendants().anyMatch(p -> p.pid() == grandchild.get().pid()),
                    "with its parent killed, the grandchild belongs to init now, no longer to the tests' JVM: this "
                    + "is the case to check");
            assertTrue(StartedProcesses.isRunning(grandchild.get()),
                    "the grandchild should still be running before the clean-up");
            assertTrue(leftovers.running().contains(grandchild.get()), "the clean-up should know the grandchild "
                    + "from while its parent still ran");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (StartedProcesses.isRunning(grandchild.get()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(StartedProcesses.isRunning(grandchild.get()), "the clean-up left pid " + grandchild.get().pid()
                + " running");
    }

    @Test
    @DisplayName("no points: every test class of the exercise cleans up after each test")
    void everyTestClassCleansUp() throws Exception {
        Path folder = testClasses().resolve(StartedProcessesTest.class.getPackageName().replace('.', '/'));
        List<String> without = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(StartedProcessesTest.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                if (!hasTests(type)) {
                    continue;
                }
                checked++;
                ExtendWith extensions = type.getAnnotation(ExtendWith.class);
                if (extensions == null || !Arrays.asList(extensions.value()).contains(NoProcessLeftBehind.class)) {
                    without.add(type.getSimpleName());
                }
            }
        }
        assertTrue(checked >= 6, "found only " + checked + " test classes in " + folder);
        assertEquals(List.of(), without, "these test classes lack @ExtendWith(NoProcessLeftBehind.class)");
    }

    private static boolean hasTests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> Arrays.stream(m.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().startsWith("org.junit.jupiter.")
                        && a.annotationType().getSimpleName().matches("Test|ParameterizedTest|RepeatedTest")));
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(StartedProcessesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
