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
        "jacoco         | Object d = new org.jacoco.core.data.ExecutionDataStore();         | org.jacoco",
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "resource        | Object u = getClass().getResource(\"Demo.class\");              | java.lang.Class.getResource   | tests must judge what the program does",
        "resource stream | Object u = Demo.class.getResourceAsStream(\"Demo.class\");      | getResourceAsStream           | tests must judge what the program does",
        "system resource | Object u = ClassLoader.getSystemResource(\"demo/Demo.class\");  | getSystemResource             | tests must judge what the program does",
        "domain          | Object d = Demo.class.getProtectionDomain();                  | getProtectionDomain           | tests must judge what the program does",
        "code source     | Object s = new java.security.CodeSource(null, (java.security.cert.Certificate[]) null); "
                + "| java.security.CodeSource | tests must judge what the program does",
        "package         | Object p = Demo.class.getPackage();                           | getPackage                    | tests must judge what the program does",
        "stack walker    | Object w = StackWalker.getInstance();                         | java.lang.StackWalker         | tests must judge what the program does",
        "launcher        | Object l = org.junit.platform.launcher.core.LauncherFactory.create(); | org.junit.platform    | JUnit",
        "junit support   | Object l = org.junit.platform.commons.support.ReflectionSupport.class; | org.junit.platform   | JUnit",
        "exit            | System.exit(0);                                               | java.lang.System.exit         | JVM",
        "jacoco          | Object d = new org.jacoco.core.data.ExecutionDataStore();     | org.jacoco                    | libraries",
        "grader          | Object o = dev.amdahl.grading.Outcome.PASSED;                 | dev.amdahl.grading            | grader",
        "runner          | Object o = dev.amdahl.runner.SandboxRunner.runnerClasspath(); | dev.amdahl.runner             | grader",
    })
    void studentTestsMayNotReadTheProgramsCodeNorUseWhatIsAlwaysForbidden(String name, String statement,
            String expected, String why) throws Exception { // why: a word of the reason
        List<String> findings = ForbiddenApis.checkStudentTests(
                compile("void m() throws Exception { " + statement + " }"), Set.of(), Set.of());

        assertTrue(findings.stream().anyMatch(f -> f.contains(expected) && f.contains("not allowed, ")
                && f.contains(why)), name + ": " + findings);
    }

    @Test
    void studentTestsMayUseWhatJUnitOffersForWritingTests() throws Exception {
        Path classes = compile("""
                @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder;

                @org.junit.jupiter.params.ParameterizedTest
                @org.junit.jupiter.params.provider.CsvSource({"1, 2"})
                void adds(int a, int b, org.junit.jupiter.api.TestInfo info) {
                    org.junit.jupiter.api.Assumptions.assumeTrue(a > 0);
                    org.junit.jupiter.api.Assertions.assertAll(
                            () -> org.junit.jupiter.api.Assertions.assertEquals(3, a + b, info.getDisplayName()),
                            () -> org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> Math.floorDiv(a, 0)));
                    if (a > 5) {
                        throw new org.opentest4j.AssertionFailedError("too big");
                    }
                }
                """);

        assertEquals(List.of(), ForbiddenApis.checkStudentTests(classes, Set.of(), Set.of("demo.Other")));
    }

    @Test
    void aStudentsTestClassMayNotBeNamedLikeAClassOfTheProgram() throws Exception {
        assertEquals(List.of("demo.Demo has the name of one of the program's classes: rename it"),
                ForbiddenApis.checkStudentTests(compile("int m() { return 1; }"), Set.of(), Set.of("demo.Demo")));
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
