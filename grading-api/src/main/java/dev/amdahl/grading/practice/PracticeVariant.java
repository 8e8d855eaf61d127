package dev.amdahl.grading.practice;

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
 * One practice variant: the given program with one change, stored as the files it changes at their paths under
 * {@code <id>/src/main/java}, beside a {@code variant.properties} with its {@code kind}, {@code description} and
 * whether it is an {@code equivalent} refactoring (the layout of the instructor's planted bugs).
 *
 * @param id          its folder's name
 * @param kind        the kind of mistake, e.g. {@code swapped-fields}
 * @param description what the kind means, in general words
 * @param equivalent  whether it is the same behaviour written differently, which a suite must pass
 * @param sources     its {@code src/main/java}: only the files it changes
 */
public record PracticeVariant(String id, String kind, String description, boolean equivalent, Path sources) {

    /** Beside each variant's {@code src/main/java}. */
    public static final String FILE = "variant.properties";

    /**
     * Every variant in {@code folder}, by id; none when there is no such folder.
     *
     * @param folder  the exercise's {@code practice/} folder
     * @param program the given program's sources ({@code src/main/java}), which each variant must change
     * @return the variants
     * @throws IOException      if a variant cannot be read
     * @throws PracticeException if a folder is not a variant, or a file of one is not a file of the program or is
     *                          the program's own (a variant must really differ)
     */
    public static List<PracticeVariant> discover(Path folder, Path program) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<PracticeVariant> variants = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                PracticeVariant variant = load(child);
                variant.checkAgainst(program);
                variants.add(variant);
            }
        }
        return List.copyOf(variants);
    }

    private static PracticeVariant load(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        Path sources = folder.resolve("src/main/java");
        if (!Files.isRegularFile(file) || !Files.isDirectory(sources)) {
            throw new PracticeException(folder + " is not a practice variant: it needs " + FILE
                    + " and src/main/java with the program's files it changes");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String kind = properties.getProperty("kind", "").strip();
        String description = properties.getProperty("description", "").strip();
        String equivalent = properties.getProperty("equivalent", "false").strip();
        if (kind.isEmpty() || description.isEmpty() || !List.of("true", "false").contains(equivalent)) {
            throw new PracticeException(file + ": needs a kind, a description, and equivalent = true or false");
        }
        return new PracticeVariant(folder.getFileName().toString(), kind, description,
                Boolean.parseBoolean(equivalent), sources);
    }

    /** Refuses a file that the program does not have (a typo would add a class) or one that changes nothing. */
    private void checkAgainst(Path program) throws IOException {
        List<Path> files = files();
        if (files.isEmpty()) {
            throw new PracticeException("practice variant " + id + " changes no file of the program");
        }
        for (Path file : files) {
            Path original = program.resolve(sources.relativize(file).toString());
            if (!Files.isRegularFile(original)) {
                throw new PracticeException("practice variant " + id + ": " + sources.relativize(file)
                        + " is not a file of the program");
            }
            if (Files.mismatch(file, original) == -1) {
                throw new PracticeException("practice variant " + id + ": " + sources.relativize(file)
                        + " is the program's own file, unchanged");
            }
        }
    }

    /**
     * The files this variant changes.
     *
     * @return them, sorted
     * @throws IOException if its folder cannot be read
     */
    public List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Writes the whole changed program: the program's sources with this variant's files in place of theirs.
     *
     * @param program the given program's sources
     * @param target  where to write them
     * @throws IOException if they cannot be copied
     */
    public void writeProgram(Path program, Path target) throws IOException {
        copyTree(program, target);
        copyTree(sources, target);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
