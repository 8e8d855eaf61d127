package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForbiddenApisTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exit           | System.exit(0);                                                   | java.lang.System.exit(int)",
        "halt           | Runtime.getRuntime().halt(0);                                     | java.lang.Runtime.halt(int)",
        "reflection     | Object f = String.class.getDeclaredField(\"value\");              | getDeclaredField",
        "setAccessible  | ((java.lang.reflect.AccessibleObject) null).setAccessible(true);  | java.lang.reflect",
        "forName        | Object c = Class.forName(\"dev.amdahl.runner.SandboxRunner\");    | forName",
        "unsafe         | Object u = sun.misc.Unsafe.class;                                 | sun.misc.Unsafe",
        "junit          | org.junit.jupiter.api.Assertions.fail(\"x\");                     | org.junit",
        "grader         | Object o = dev.amdahl.grading.Outcome.PASSED;                     | dev.amdahl.grading",
        "classloader    | Object l = new java.net.URLClassLoader(new java.net.URL[0]);      | URLClassLoader",
        "processes      | new ProcessBuilder(\"sh\").start();                               | java.lang.ProcessBuilder",
        "lookup         | Object l = java.lang.invoke.MethodHandles.lookup();               | MethodHandles.lookup()",
        "native         | System.loadLibrary(\"x\");                                        | loadLibrary",
    })
    void findsForbiddenUses(String name, String statement, String expected) throws Exception {
        List<String> findings = ForbiddenApis.check(compile("void m() throws Exception { " + statement + " }"), Set.of());

        assertTrue(findings.stream().anyMatch(f -> f.contains(expected) && f.contains("not allowed")),
                name + ": " + findings);
        assertTrue(findings.stream().anyMatch(f -> f.contains("Demo.java:")), "names the line: " + findings);
    }

    @Test
    void allowsProcessesWhereTheExerciseDoes() throws Exception {
        Path classes = compile("void m() throws Exception { new ProcessBuilder(\"sh\").start().toHandle()"
                + ".descendants().forEach(ProcessHandle::destroyForcibly); }");

        assertEquals(List.of(), ForbiddenApis.check(classes, Set.of(ForbiddenApis.PROCESSES)));
    }

    @Test
    void ordinaryModernJavaIsFine() throws Exception {
        Path classes = compile("""
                record Point(int x, int y) { }
                String m(java.util.List<String> words) throws Exception {
                    Runnable r = () -> System.out.println("x" + words.size());
                    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                        pool.submit(r).get();
                    }
                    Thread.ofVirtual().start(r).join();
                    var map = new java.util.concurrent.ConcurrentHashMap<String, Integer>();
                    words.parallelStream().forEach(w -> map.merge(w, 1, Integer::sum));
                    return new Point(1, 2) + " " + map + switch (words.size()) { case 0 -> "none"; default -> "some"; };
                }
                """);

        assertEquals(List.of(), ForbiddenApis.check(classes, Set.of()));
    }

    private Path compile(String body) throws Exception {
        Path sources = Files.createDirectories(temp.resolve("src/demo"));
        Files.writeString(sources.resolve("Demo.java"), "package demo;\npublic class Demo {\n" + body + "\n}\n");
        JavaCompilation.Result result = JavaCompilation.compile(temp.resolve("src"), SandboxRunner.runnerClasspath(),
                temp.resolve("classes"));
        assertTrue(result.ok(), result.diagnostics());
        return temp.resolve("classes");
    }
}
