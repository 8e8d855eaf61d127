package dev.amdahl.grader.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instructor's list of solution code students get too ({@code solutions/given-code.txt}): the leak check
 * does not report it. A declaration rather than "identical in skeleton and solution", so that a solution method
 * pasted into a skeleton by mistake is still caught.
 *
 * @param entries in file order
 */
record LeakGivenCode(List<Entry> entries) {

    /** Where the declarations live, relative to the course repository. */
    static final Path FILE = Path.of("solutions", "given-code.txt");

    /**
     * One line: {@code <exercise> <Class>.<method>(<types>)} or {@code <exercise> <path of a .java file>}.
     *
     * @param target the method, or the file's path relative to {@code src/main/java} (or to the exercise's
     *     folder when it starts with {@code src/})
     */
    record Entry(int line, String exercise, String target) {

        boolean isFile() {
            return target.endsWith(".java") && !target.contains("(");
        }

        /** The file's path inside {@code solutions/<exercise>}. */
        Path file() {
            return target.startsWith("src/") ? Path.of(target) : Path.of("src", "main", "java").resolve(target);
        }
    }

    LeakGivenCode {
        entries = List.copyOf(entries);
    }

    /** The declarations of a course; none when it has no such file. */
    static LeakGivenCode read(Path courseRoot) throws IOException {
        Path file = courseRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new LeakGivenCode(List.of());
        }
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IOException(FILE + " line " + (i + 1) + ": \"" + line + "\" names no method or file; write "
                        + "\"<exercise> <Class>.<method>(<parameter types>)\" or "
                        + "\"<exercise> <path of a .java file>\"");
            }
            entries.add(new Entry(i + 1, parts[0], parts[1].strip()));
        }
        return new LeakGivenCode(entries);
    }

    /** The line declaring {@code method} of {@code file} (a path inside {@code solutions/<exercise>}) given. */
    Optional<Entry> declarationFor(String exercise, Path file, JavaMethod method) {
        return entries.stream()
                .filter(entry -> entry.exercise().equals(exercise))
                .filter(entry -> entry.isFile() ? entry.file().equals(file) : method.isDeclaredAs(entry.target()))
                .findFirst();
    }

    /** Whether the whole {@code file} (a path inside {@code solutions/<exercise>}) is declared given. */
    boolean coversFile(String exercise, Path file) {
        return entries.stream().anyMatch(entry -> entry.exercise().equals(exercise) && entry.isFile()
                && entry.file().equals(file));
    }
}
