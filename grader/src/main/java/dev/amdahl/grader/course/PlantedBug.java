package dev.amdahl.grader.course;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * An exercise's program with one change, written by the instructor, that a student's tests should tell apart
 * from the program (or, for an {@code equivalent} one, should not). The bug's folder holds only the files it
 * changes, at their paths in the program, so a change to the program reaches every bug. Its code never reaches
 * a student; only its kind and description do.
 *
 * @param id          its folder's name, for the instructor
 * @param kind        the kind of mistake, shown to students, e.g. "off-by-one"
 * @param description the mistake in general words, shown to students, never where it is
 * @param equivalent  whether it is a rewrite that behaves exactly like the program
 * @param sources     its {@code src/main/java}: the changed files only
 */
public record PlantedBug(String id, String kind, String description, boolean equivalent, Path sources) {

    /** Beside each bug's {@code src/main/java}: its kind, description and whether it is equivalent. */
    public static final String FILE = "variant.properties";

    /**
     * Writes the whole changed program to {@code target}: the program's sources in {@code program}, with this
     * bug's files in place of theirs.
     */
    public void writeProgram(Path program, Path target) throws IOException {
        copyTree(program, target);
        copyTree(sources, target);
    }

    /**
     * What is wrong with this bug's files against {@code program}: a file the program does not have (a typo in a
     * path would add a class instead of changing one), or one that changes nothing.
     */
    public List<String> problemsAgainst(Path program) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path original = program.resolve(sources.relativize(file).toString());
                if (!Files.isRegularFile(original)) {
                    problems.add("planted bug " + id + ": " + sources.relativize(file) + " is not a file of the"
                            + " program; a bug replaces files of the program at their own paths");
                } else if (Files.mismatch(file, original) == -1) {
                    problems.add("planted bug " + id + ": " + sources.relativize(file) + " is the program's own"
                            + " file; keep only the files the bug changes");
                }
            }
        }
        return problems;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Every bug in {@code folder} ({@code planted-bugs/<exercise>}), by id; none when there is no folder. */
    public static List<PlantedBug> loadAll(Path folder) throws CourseException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<PlantedBug> bugs = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                bugs.add(load(child));
            }
        } catch (IOException e) {
            throw new CourseException("Cannot read " + folder + ": " + e.getMessage());
        }
        return List.copyOf(bugs);
    }

    private static PlantedBug load(Path folder) throws CourseException {
        Path file = folder.resolve(FILE);
        Path sources = folder.resolve("src/main/java");
        if (!Files.isRegularFile(file) || !Files.isDirectory(sources)) {
            throw new CourseException(folder + " is not a planted bug: it needs " + FILE
                    + " (kind, description, equivalent) and src/main/java with the program's files it changes.");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CourseException("Cannot read " + file + ": " + e.getMessage());
        }
        String kind = properties.getProperty("kind", "").strip();
        String description = properties.getProperty("description", "").strip();
        String equivalent = properties.getProperty("equivalent", "false").strip();
        if (kind.isEmpty() || description.isEmpty()) {
            throw new CourseException(file + ": kind and description are shown to students and must not be empty.");
        }
        if (!equivalent.equals("true") && !equivalent.equals("false")) {
            throw new CourseException(file + ": equivalent = " + equivalent + " is not true or false.");
        }
        return new PlantedBug(folder.getFileName().toString(), kind, description, Boolean.parseBoolean(equivalent),
                sources.toAbsolutePath().normalize());
    }
}
