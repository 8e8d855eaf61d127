package dev.amdahl.runner;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads an exercise's classes: first the tests' (from their read-only folder), then the submission's, from
 * bytes read into memory when the class loader is made, right after the forbidden-API scan and before any
 * submitted code runs. Rewriting a class file on disk later changes nothing, so a submission cannot swap
 * scanned code for unscanned code.
 */
final class ExerciseClassLoader extends URLClassLoader {

    private final Map<String, byte[]> submitted;

    private ExerciseClassLoader(URL[] urls, ClassLoader parent, Map<String, byte[]> submitted) {
        super("exercise", urls, parent);
        this.submitted = submitted;
    }

    static ExerciseClassLoader of(Path classes, Path testClasses, Path testResources, ClassLoader parent)
            throws IOException {
        URL[] urls = {testClasses.toUri().toURL(), testResources.toUri().toURL()};
        return new ExerciseClassLoader(urls, parent, read(classes));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return super.findClass(name); // the tests' own classes come first
        } catch (ClassNotFoundException notATestClass) {
            byte[] bytes = submitted.get(name);
            if (bytes == null) {
                throw notATestClass;
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static Map<String, byte[]> read(Path classes) throws IOException {
        Map<String, byte[]> bytes = new HashMap<>();
        if (!Files.isDirectory(classes)) {
            return bytes;
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(java.io.File.separatorChar, '.');
                bytes.put(name, Files.readAllBytes(file));
            }
        }
        return bytes;
    }
}
