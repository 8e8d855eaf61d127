package dev.amdahl.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles untrusted sources in a {@code javac} process of its own, with a heap of its own and a time limit
 * that kills it: source written to exhaust the compiler (a "compiler bomb") costs a compile error, never the
 * runner. Annotation processing is off, so nothing in the sources runs while they compile.
 */
public final class ForkedJavac implements ExerciseBuild.Compiler {

    static final String MAX_HEAP = "384m";

    private final Duration timeout;

    public ForkedJavac(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public JavaCompilation.Result compile(Path sourceRoot, List<Path> classpath, Path outputDirectory)
            throws IOException {
        List<String> sources = javaFiles(sourceRoot);
        if (sources.isEmpty()) {
            return new JavaCompilation.Result(false, "There are no .java files in " + sourceRoot.getFileName() + ".");
        }
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
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process process = new ProcessBuilder(javac.toString(), "-J-Xmx" + MAX_HEAP, "-J-XX:+UseSerialGC",
                "-J-XX:TieredStopAtLevel=1", "@" + argumentFile.toAbsolutePath())
                .directory(sourceRoot.toFile()) // so its messages name files as the student's IDE does
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        byte[][] output = new byte[1][];
        Thread reader = Thread.ofPlatform().daemon().start(() -> output[0] = readCapped(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new JavaCompilation.Result(false, "The compiler did not finish within " + timeout.toSeconds()
                        + " s. Code that makes javac work this hard (very deep nesting, huge constants) cannot be graded.");
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling", e);
        }
        String text = output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8);
        if (process.exitValue() == 0) {
            return new JavaCompilation.Result(true, "");
        }
        if (text.contains("java.lang.OutOfMemoryError") || text.contains("The system is out of resources")) {
            return new JavaCompilation.Result(false, "The compiler ran out of memory on this code. Code that makes javac "
                    + "work this hard (huge constants, very deep nesting) cannot be graded.");
        }
        return new JavaCompilation.Result(false, text);
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

    private static List<String> javaFiles(Path root) throws IOException {
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
