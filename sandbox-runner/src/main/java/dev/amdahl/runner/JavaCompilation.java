package dev.amdahl.runner;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one source tree with the JDK's compiler, in process. Annotation processing is off, so nothing
 * from the submission runs while it compiles.
 */
public final class JavaCompilation {

    static final int MAX_DIAGNOSTICS_CHARS = 20_000;

    /** What javac said; {@code ok} when it produced classes. */
    public record Result(boolean ok, String diagnostics) {
    }

    private JavaCompilation() {
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot} against {@code classpath}; a tree without any fails.
     */
    public static Result compile(Path sourceRoot, List<Path> classpath, Path outputDirectory) throws IOException {
        List<Path> sources = javaFiles(sourceRoot);
        if (sources.isEmpty()) {
            return new Result(false, "There are no .java files in " + sourceRoot.getFileName() + ".");
        }
        Files.createDirectories(outputDirectory);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java has no compiler: the sandbox image needs a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of(
                "-d", outputDirectory.toString(),
                "-encoding", "UTF-8",
                "--release", "21",
                "-proc:none",
                "-implicit:none",
                "-Xmaxerrs", "50",
                "-nowarn"));
        if (!classpath.isEmpty()) {
            options.add("-classpath");
            options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            StringWriter compilerOutput = new StringWriter();
            boolean ok = compiler.getTask(compilerOutput, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return new Result(ok, describe(diagnostics.getDiagnostics(), sourceRoot) + compilerOutput);
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** "path/File.java:12: error: message", paths relative to the source root, as a student's IDE shows them. */
    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path root) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : relative(root, d.getSource().getName());
            text.append(file);
            if (d.getLineNumber() > 0) {
                text.append(':').append(d.getLineNumber());
            }
            text.append(file.isEmpty() ? "" : ": ").append("error: ").append(d.getMessage(Locale.ROOT)).append('\n');
            if (text.length() > MAX_DIAGNOSTICS_CHARS) {
                text.setLength(MAX_DIAGNOSTICS_CHARS);
                text.append("\n… (more errors left out)\n");
                break;
            }
        }
        return text.toString();
    }

    private static String relative(Path root, String file) {
        try {
            return root.toAbsolutePath().relativize(Path.of(file).toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return Path.of(file).getFileName().toString();
        }
    }
}
