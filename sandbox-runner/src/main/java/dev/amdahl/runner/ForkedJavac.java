package dev.amdahl.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles untrusted sources in a process of its own, with a heap of its own and a time limit that kills it:
 * source written to exhaust the compiler (a "compiler bomb") costs a compile error, never the runner. Annotation
 * processing is off, so nothing in the sources runs while they compile.
 */
public final class ForkedJavac implements ExerciseBuild.Compiler {

    static final String MAX_HEAP = "384m";
    /** Beside the runner's jar in the image: the class-data-sharing archive of the forked compiler. */
    static final String COMPILER_ARCHIVE = "amdahl-compiler.jsa";
    /** Beside the runner's jar in the image: the whole JDK the forked compiler runs on. */
    static final String COMPILER_JDK = "compiler-jdk";

    /** What {@link #compileBoth} gave: the code under test's result, and the tests' (empty when main failed). */
    public record Both(JavaCompilation.Result main, Optional<JavaCompilation.Result> tests) {
    }

    /** What the forked compiler printed and how it ended; empty exit code when it was killed. */
    private record Ended(Optional<Integer> exitCode, String output) {
    }

    private final Duration timeout;

    public ForkedJavac(Duration timeout) {
        this.timeout = timeout;
    }

    /** One source tree, with the JDK's {@code javac} command. */
    @Override
    public JavaCompilation.Result compile(Path sourceRoot, List<Path> classpath, Path outputDirectory)
            throws IOException {
        List<String> sources = javaFiles(sourceRoot);
        if (sources.isEmpty()) {
            return noSources(sourceRoot);
        }
        Path arguments = argumentFile(sources, classpath, outputDirectory);
        Path javac = compilerJdk().resolve("bin").resolve("javac");
        Ended ended = run(new ProcessBuilder(javac.toString(), "-J-Xmx" + MAX_HEAP, "-J-XX:+UseSerialGC",
                "-J-XX:TieredStopAtLevel=1", "@" + arguments.toAbsolutePath())
                .directory(sourceRoot.toFile())); // so its messages name files as the student's IDE does
        if (ended.exitCode().isEmpty()) {
            return new JavaCompilation.Result(false, ended.output());
        }
        return ended.exitCode().get() == 0 ? new JavaCompilation.Result(true, "")
                : new JavaCompilation.Result(false, failure(ended.output()));
    }

    /**
     * Compiles the code under test to {@code mainOutput}, then the tests against it to {@code testOutput}, in one
     * forked JVM ({@link TwoStageCompile}): the tests compile on a compiler that is already warm instead of in a
     * second JVM, which takes seconds off every small exercise. The same limits apply as to {@link #compile}.
     */
    public Both compileBoth(Path mainRoot, Path mainOutput, Path testRoot, List<Path> testClasspath, Path testOutput)
            throws IOException {
        List<String> mainSources = javaFiles(mainRoot);
        if (mainSources.isEmpty()) {
            return new Both(noSources(mainRoot), Optional.empty());
        }
        List<String> testSources = javaFiles(testRoot);
        if (testSources.isEmpty()) {
            return new Both(compile(mainRoot, List.of(), mainOutput), Optional.of(noSources(testRoot)));
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(mainOutput);
        classpath.addAll(testClasspath);
        // The code under test sees its own sources only, as with the javac command: without a classpath, javac in
        // this JVM would see the runner's (JUnit, ASM, …) and compile code that must not compile.
        Path mainArguments = argumentFile(absolute(mainRoot, mainSources), List.of(mainRoot), mainOutput);
        Path testArguments = argumentFile(absolute(testRoot, testSources), classpath, testOutput);
        Path java = compilerJdk().resolve("bin").resolve("java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + MAX_HEAP, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        String ownCode = ownCode();
        besideJar(Path.of(ownCode), COMPILER_ARCHIVE).ifPresent(archive ->
                command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(List.of("-cp", ownCode, TwoStageCompile.class.getName(),
                "@" + mainArguments.toAbsolutePath(), "@" + testArguments.toAbsolutePath()));
        Ended ended = run(new ProcessBuilder(command).directory(mainRoot.toFile()));
        if (ended.exitCode().isEmpty()) {
            return new Both(new JavaCompilation.Result(false, ended.output()), Optional.empty());
        }
        // file names as the student's IDE shows them: relative to their source folder
        String text = ended.output().replace(mainRoot.toAbsolutePath() + File.separator, "")
                .replace(testRoot.toAbsolutePath() + File.separator, "");
        JavaCompilation.Result ok = new JavaCompilation.Result(true, "");
        return switch (ended.exitCode().get()) {
            case 0 -> new Both(ok, Optional.of(ok));
            case TwoStageCompile.TESTS_FAILED -> new Both(ok, Optional.of(new JavaCompilation.Result(false,
                    failure(text))));
            default -> new Both(new JavaCompilation.Result(false, failure(text)), Optional.empty());
        };
    }

    private Ended run(ProcessBuilder builder) throws IOException {
        Process process = builder.redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        byte[][] output = new byte[1][];
        Thread reader = Thread.ofPlatform().daemon().start(() -> output[0] = readCapped(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Ended(Optional.empty(), "The compiler did not finish within " + timeout.toSeconds()
                        + " s. Code that makes javac work this hard (very deep nesting, huge constants) cannot be"
                        + " graded.");
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling", e);
        }
        return new Ended(Optional.of(process.exitValue()),
                output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8));
    }

    private static String failure(String text) {
        if (text.contains("java.lang.OutOfMemoryError") || text.contains("The system is out of resources")) {
            return "The compiler ran out of memory on this code. Code that makes javac work this hard (huge "
                    + "constants, very deep nesting) cannot be graded.";
        }
        return text;
    }

    private static JavaCompilation.Result noSources(Path root) {
        return new JavaCompilation.Result(false, "There are no .java files in " + root.getFileName() + ".");
    }

    static Path argumentFile(List<String> sources, List<Path> classpath, Path outputDirectory)
            throws IOException {
        Files.createDirectories(outputDirectory);
        List<String> arguments = new ArrayList<>(List.of(
                "-d", outputDirectory.toAbsolutePath().toString(),
                "-encoding", "UTF-8", "--release", "21", "-proc:none", "-implicit:none",
                "-Xmaxerrs", "50", "-nowarn", "-XDsuppressNotes"));
        if (!classpath.isEmpty()) {
            arguments.add("-classpath");
            arguments.add(classpath.stream().map(p -> p.toAbsolutePath().toString())
                    .collect(Collectors.joining(File.pathSeparator)));
        }
        arguments.addAll(sources);
        Path argumentFile = outputDirectory.resolveSibling(outputDirectory.getFileName() + ".javac-arguments");
        Files.write(argumentFile, arguments.stream().map(ForkedJavac::quote).toList(), StandardCharsets.UTF_8);
        return argumentFile;
    }

    static List<String> absolute(Path root, List<String> relative) {
        return relative.stream().map(r -> root.resolve(r).toAbsolutePath().toString()).toList();
    }

    /**
     * The JDK the forked compiler runs on: in the sandbox image, the whole JDK the image was built on ({@code
     * compiler-jdk} beside the runner's jar, see the Dockerfile), not the runner's own runtime, which holds only the
     * runner's modules: with {@code --release 21}, javac offers the APIs of the modules its JDK has, and code that
     * uses one the runner's runtime lacks ({@code java.beans}, say) must compile and be refused by the forbidden-API
     * check, with its reason, as it always was. Elsewhere, this JVM's own JDK.
     */
    static Path compilerJdk() throws IOException {
        return besideJar(Path.of(ownCode()), COMPILER_JDK).orElse(Path.of(System.getProperty("java.home")));
    }

    /**
     * {@code name} beside the runner's jar, if it is there: the sandbox image puts the compiler's JDK there, and the
     * class-data-sharing archive its build trained for the forked compiler ({@code amdahl-compiler.jsa}, see {@link
     * CdsTraining}), from which javac's classes come mapped instead of loaded one by one. None outside the image.
     */
    static Optional<Path> besideJar(Path runnerJar, String name) {
        Path file = runnerJar.resolveSibling(name);
        return runnerJar.toString().endsWith(".jar") && Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** Where this class was loaded from: the runner's jar in the sandbox, its classes in a build. */
    private static String ownCode() throws IOException {
        try {
            return Path.of(TwoStageCompile.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IOException("cannot find the runner's own code", e);
        }
    }

    private static byte[] readCapped(InputStream in) {
        try (in) {
            byte[] kept = in.readNBytes(JavaCompilation.MAX_DIAGNOSTICS_CHARS);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return kept;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static List<String> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** javac's argument files take double-quoted arguments with backslash escapes. */
    private static String quote(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
