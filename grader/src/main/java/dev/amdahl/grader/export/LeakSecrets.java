package dev.amdahl.grader.export;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything of a course that must never reach a student, read once from {@code solutions/}, {@code hidden/} and
 * {@code planted-bugs/}, in the forms the leak check compares: method bodies, whole files and names.
 * {@code exercises/} is what students get anyway: it decides which planted-bug methods changed, and a file or a
 * word it holds is not a secret.
 */
final class LeakSecrets {

    /** The folders whose contents are instructor-only. */
    static final List<String> SECRET_FOLDERS = List.of("solutions", "hidden", "planted-bugs");

    /** Where a secret comes from, which decides what the instructor is told to do. */
    enum Origin { SOLUTION, REFERENCE_TESTS, HIDDEN_TEST, PLANTED_BUG }

    /**
     * @param source course-relative
     * @param variant the planted bug's id, for {@link Origin#PLANTED_BUG}; otherwise empty
     */
    record Secret(Path source, Origin origin, String variant) {
    }

    /**
     * A name students must not see.
     *
     * @param source course-relative: the variant's folder or the hidden test's file
     */
    record Word(String word, Path source, boolean variantId) {
    }

    private final Path courseRoot;
    private final Map<String, Secret> bodies;
    private final Map<String, Path> files;
    private final List<Word> words;

    private LeakSecrets(Path courseRoot, Map<String, Secret> bodies, Map<String, Path> files, List<Word> words) {
        this.courseRoot = courseRoot;
        this.bodies = Map.copyOf(bodies);
        this.files = Map.copyOf(files);
        this.words = List.copyOf(words);
    }

    /** The secret whose body this normalised method body is, if any. */
    Optional<Secret> body(String normalisedBody) {
        return Optional.ofNullable(bodies.get(normalisedBody));
    }

    /** The secret file this content is a copy of (ignoring whitespace, and comments of Java), if any. */
    Optional<Path> file(LeakFileForms forms) {
        return forms.digests().stream().map(files::get).filter(Objects::nonNull).findFirst();
    }

    List<Word> words() {
        return words;
    }

    /** Where {@code realPath} (resolved) is in the course, if inside one of its instructor-only folders. */
    Optional<Path> secretLocation(Path realPath) throws IOException {
        Path root = courseRoot.toRealPath();
        return SECRET_FOLDERS.stream().anyMatch(folder -> realPath.startsWith(root.resolve(folder)))
                ? Optional.of(root.relativize(realPath)) : Optional.empty();
    }

    static LeakSecrets read(Path courseRoot) throws IOException {
        Path root = courseRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("exercises"))) {
            throw new IOException("no exercises/ folder in " + root + ": is it the course repository?");
        }
        LeakGivenCode given = LeakGivenCode.read(root);

        // What students get anyway.
        Set<String> exerciseDigests = new HashSet<>();
        List<String> exerciseTexts = new ArrayList<>();
        for (Path file : courseFiles(root.resolve("exercises"))) {
            LeakFileForms forms = LeakFileForms.of(file.getFileName().toString(), Files.readAllBytes(file));
            exerciseDigests.addAll(forms.digests());
            forms.text().ifPresent(exerciseTexts::add);
        }

        // Every secret file, whole; its Java sources for their methods.
        SecretFiles secret = secretFiles(root, given, exerciseDigests);
        Map<Path, String> javaSources = secret.javaSources();
        // A planted bug's program file, to tell its changed methods from the given program's.
        Map<Path, Path> programOfVariantFile = programsOfVariantFiles(javaSources.keySet());
        Map<Path, JavaMethodParser.Parsed> parsed = parseWithPrograms(root, javaSources,
                programOfVariantFile.values());

        Map<String, Secret> bodies = new LinkedHashMap<>();
        Set<LeakGivenCode.Entry> usedDeclarations = new HashSet<>();
        for (Path source : javaSources.keySet()) {
            JavaMethodParser.Parsed methods = parsed.get(source);
            Origin origin = originOf(source);
            String variant = origin == Origin.PLANTED_BUG && source.getNameCount() > 2
                    ? source.getName(2).toString() : "";
            Set<String> unchanged = new HashSet<>();
            if (origin == Origin.PLANTED_BUG) {
                JavaMethodParser.Parsed program = parsed.get(programOfVariantFile.get(source));
                if (program != null) {
                    program.methods().forEach(method -> unchanged.add(method.identity() + "\n" + method.body()));
                }
            }
            for (JavaMethod method : methods.methods()) {
                if (method.trivial()) {
                    continue;
                }
                if (origin == Origin.SOLUTION || origin == Origin.REFERENCE_TESTS) {
                    Optional<LeakGivenCode.Entry> declaration = source.getNameCount() < 3 ? Optional.empty()
                            : given.declarationFor(source.getName(1).toString(),
                                    source.subpath(2, source.getNameCount()), method);
                    if (declaration.isPresent()) {
                        usedDeclarations.add(declaration.get());
                        continue;
                    }
                }
                if (origin == Origin.PLANTED_BUG && unchanged.contains(method.identity() + "\n" + method.body())) {
                    continue;
                }
                bodies.putIfAbsent(method.body(), new Secret(source, origin, variant));
            }
        }
        checkDeclarations(root, given, usedDeclarations);
        return new LeakSecrets(root, bodies, secret.wholeFiles(), secretWords(root, exerciseTexts));
    }

    /**
     * The instructor-only files of a course.
     *
     * @param wholeFiles  each secret file by each of its digests: only files neither blank, nor given to students,
     *                    nor a copy of a file in {@code exercises/}
     * @param javaSources the text of every Java file among them, course-relative, given ones included
     */
    private record SecretFiles(Map<String, Path> wholeFiles, Map<Path, String> javaSources) {
    }

    private static SecretFiles secretFiles(Path root, LeakGivenCode given, Set<String> exerciseDigests)
            throws IOException {
        Map<String, Path> secretFiles = new LinkedHashMap<>();
        Map<Path, String> javaSources = new LinkedHashMap<>();
        for (String folder : SECRET_FOLDERS) {
            for (Path file : courseFiles(root.resolve(folder))) {
                Path relative = root.relativize(file);
                byte[] content = Files.readAllBytes(file);
                LeakFileForms forms = LeakFileForms.of(file.getFileName().toString(), content);
                if (forms.isJava()) {
                    forms.text().ifPresent(text -> javaSources.put(relative, text));
                }
                boolean givenFile = folder.equals("solutions") && relative.getNameCount() > 2 && given.coversFile(
                        relative.getName(1).toString(), relative.subpath(2, relative.getNameCount()));
                if (forms.isBlank() || givenFile || forms.digests().stream().anyMatch(exerciseDigests::contains)) {
                    continue;
                }
                for (String digest : forms.digests()) {
                    secretFiles.putIfAbsent(digest, relative);
                }
            }
        }
        return new SecretFiles(secretFiles, javaSources);
    }

    /** The program file in {@code exercises/} that each planted bug's Java file is a variant of. */
    private static Map<Path, Path> programsOfVariantFiles(Set<Path> javaSources) {
        Map<Path, Path> programOfVariantFile = new HashMap<>();
        for (Path source : javaSources) {
            if (source.startsWith("planted-bugs") && source.getNameCount() > 3) {
                Path program = Path.of("exercises", source.getName(1).toString())
                        .resolve(source.subpath(3, source.getNameCount()));
                programOfVariantFile.put(source, program);
            }
        }
        return programOfVariantFile;
    }

    /** The methods of {@code javaSources} and of the {@code programs} that exist, parsed together. */
    private static Map<Path, JavaMethodParser.Parsed> parseWithPrograms(Path root, Map<Path, String> javaSources,
            Collection<Path> programs) throws IOException {
        Map<Path, String> toParse = new LinkedHashMap<>(javaSources);
        for (Path program : new HashSet<>(programs)) {
            if (Files.isRegularFile(root.resolve(program))) {
                LeakFileForms.of(program.getFileName().toString(), Files.readAllBytes(root.resolve(program)))
                        .text().ifPresent(text -> toParse.put(program, text));
            }
        }
        return JavaMethodParser.parse(toParse);
    }

    private static Origin originOf(Path source) {
        return switch (source.getName(0).toString()) {
            case "hidden" -> Origin.HIDDEN_TEST;
            case "planted-bugs" -> Origin.PLANTED_BUG;
            default -> source.getNameCount() > 3 && source.subpath(2, 4).equals(Path.of("src", "test"))
                    ? Origin.REFERENCE_TESTS : Origin.SOLUTION;
        };
    }

    /** A declaration that names nothing is a typo, or outlived its method: either way the instructor should know. */
    private static void checkDeclarations(Path root, LeakGivenCode given, Set<LeakGivenCode.Entry> used)
            throws IOException {
        for (LeakGivenCode.Entry entry : given.entries()) {
            Path folder = Path.of("solutions", entry.exercise());
            boolean found = entry.isFile() ? Files.isRegularFile(root.resolve(folder).resolve(entry.file()))
                    : used.contains(entry);
            if (!found) {
                throw new IOException(LeakGivenCode.FILE + " line " + entry.line() + ": " + folder + " has no "
                        + (entry.isFile() ? "file " + entry.file()
                                : "method " + entry.target() + " with a body to give")
                        + ". Correct the line (see the file's header), or remove it if that code is gone.");
            }
        }
    }

    /** Planted bugs' ids and hidden tests' class names, but not a word that exercises/ uses itself. */
    private static List<Word> secretWords(Path root, List<String> exerciseTexts) throws IOException {
        List<Word> candidates = new ArrayList<>();
        Path plantedBugs = root.resolve("planted-bugs");
        for (Path exercise : subfolders(plantedBugs)) {
            for (Path variant : subfolders(exercise)) {
                candidates.add(new Word(variant.getFileName().toString(), root.relativize(variant), true));
            }
        }
        for (Path file : courseFiles(root.resolve("hidden"))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".java") && !name.equals("package-info.java") && !name.equals("module-info.java")) {
                candidates.add(new Word(name.substring(0, name.length() - ".java".length()), root.relativize(file),
                        false));
            }
        }
        List<Word> words = new ArrayList<>();
        for (Word candidate : candidates) {
            Pattern pattern = wholeWord(candidate.word());
            if (exerciseTexts.stream().noneMatch(text -> pattern.matcher(text).find())) {
                words.add(candidate);
            }
        }
        return words;
    }

    /** The word, not inside a longer name: ids have hyphens, so a hyphen joins words too. */
    static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{Alnum}_$-])" + Pattern.quote(word) + "(?![\\p{Alnum}_$-])");
    }

    private static List<Path> subfolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The course's files under {@code folder}, sorted, without build output. */
    private static List<Path> courseFiles(Path folder) throws IOException {
        return files(folder, true).stream().filter(Files::isRegularFile).toList();
    }

    /**
     * Every entry under {@code folder} that is not a folder (links not followed), sorted; build output
     * ({@code target/}) skipped if asked.
     */
    static List<Path> files(Path folder, boolean skipBuildOutput) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean buildOutput = skipBuildOutput && !dir.equals(folder)
                        && dir.getFileName().toString().equals("target");
                return buildOutput ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
