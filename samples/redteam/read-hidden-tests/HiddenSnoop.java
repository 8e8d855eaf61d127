package dev.amdahl.exercises.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Red-team helper: finds every class file it can read under /work, /tmp and the class path, and tells which of them
 * are not the classes a student knows (those with sources in the staged exercise: its own tests and helpers, and
 * the submission's classes), with the text found in them: class names, method names, string literals.
 */
final class HiddenSnoop {

    private static String found;

    private HiddenSnoop() {
    }

    /** What was found that a student should not see; empty when nothing. Looked for once per JVM. */
    static synchronized String found() {
        if (found == null) {
            found = look();
        }
        return found;
    }

    /** The simple names of the classes whose sources the student has: the staged exercise's. */
    private static Set<String> known() {
        Set<String> known = new java.util.HashSet<>(Set.of("package-info", "module-info"));
        try (Stream<Path> walk = Files.walk(Path.of("/work/exercise"))) {
            walk.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .forEach(n -> known.add(n.substring(0, n.length() - ".java".length())));
        } catch (IOException | UncheckedIOException unreadable) {
            known.add("(unreadable)");
        }
        return known;
    }

    private static String look() {
        Set<String> known = known();
        List<Path> roots = new ArrayList<>(List.of(Path.of("/work"), Path.of("/tmp")));
        for (String entry : System.getProperty("java.class.path", "").split(":")) {
            if (!entry.isBlank()) {
                roots.add(Path.of(entry));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String simple = file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
                    if (!known.contains(simple)) {
                        out.append(file).append(": ").append(String.join(" | ", text(file))).append('\n');
                    }
                }
            } catch (IOException | UncheckedIOException unreadable) {
                out.append("");
            }
        }
        return out.toString();
    }

    /** Runs of printable text in a class file, literals (with spaces) first. */
    private static List<String> text(Path file) {
        List<String> withSpaces = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String run : bytes.split("[^\\x20-\\x7e]+")) {
                if (run.length() >= 8) {
                    (run.contains(" ") ? withSpaces : others).add(run);
                }
            }
        } catch (IOException unreadable) {
            others.add("(unreadable)");
        }
        withSpaces.addAll(others);
        return withSpaces;
    }
}
