package dev.amdahl.runner;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/** Compiled classes held in memory, by binary name ({@code a.b.C$D}), so that they need not stay on disk. */
final class ClassBytes {

    private ClassBytes() {
    }

    /** Every class file under {@code classes}; none when the folder does not exist. */
    static Map<String, byte[]> read(Path classes) throws IOException {
        Map<String, byte[]> bytes = new TreeMap<>();
        if (!Files.isDirectory(classes)) {
            return bytes;
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(File.separatorChar, '.');
                bytes.put(name, Files.readAllBytes(file));
            }
        }
        return bytes;
    }

    /** The top-level classes' names: {@code a.b.C} for {@code a.b.C$D}. */
    static Set<String> topLevelNames(Map<String, byte[]> classes) {
        return classes.keySet().stream().map(name -> name.replaceAll("\\$.*", ""))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The same classes without line numbers, local variable names and source file names. A student's tests run
     * against these, so that a stack trace cannot tell one version of a program from another by where its
     * code sits in the source: only what the code does can.
     */
    static Map<String, byte[]> withoutDebugInfo(Map<String, byte[]> classes) {
        Map<String, byte[]> stripped = new TreeMap<>();
        classes.forEach((name, bytes) -> {
            ClassWriter writer = new ClassWriter(0); // frames and stack sizes are kept as they are
            new ClassReader(bytes).accept(writer, ClassReader.SKIP_DEBUG);
            stripped.put(name, writer.toByteArray());
        });
        return stripped;
    }
}
