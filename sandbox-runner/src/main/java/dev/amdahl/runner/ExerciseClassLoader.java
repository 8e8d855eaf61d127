package dev.amdahl.runner;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads an exercise's classes: first the tests' (from their read-only folder), then the code under test, from
 * bytes in memory. For a submission they are read right after the forbidden-API scan and before any
 * submitted code runs: rewriting a class file on disk later changes nothing, so a submission cannot swap
 * scanned code for unscanned code. When the tests are the submission, the program's bytes are read before
 * its class files are deleted, so the tests cannot read them; nor can they as resources, since only the
 * tests' folders are on this loader's path.
 */
final class ExerciseClassLoader extends URLClassLoader {

    private final Map<String, byte[]> underTest;

    private ExerciseClassLoader(URL[] urls, ClassLoader parent, Map<String, byte[]> underTest) {
        super("exercise", urls, parent);
        this.underTest = underTest;
    }

    /** {@code underTest}: the code under test by binary name, as {@link ClassBytes#read} gives it. */
    static ExerciseClassLoader of(Map<String, byte[]> underTest, Path testClasses, Path testResources,
            ClassLoader parent) throws IOException {
        URL[] urls = {testClasses.toUri().toURL(), testResources.toUri().toURL()};
        return new ExerciseClassLoader(urls, parent, Map.copyOf(underTest));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return super.findClass(name); // the tests' own classes come first
        } catch (ClassNotFoundException notATestClass) {
            byte[] bytes = underTest.get(name);
            if (bytes == null) {
                throw notATestClass;
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
