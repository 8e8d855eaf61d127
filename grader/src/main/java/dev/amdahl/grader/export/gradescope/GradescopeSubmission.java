package dev.amdahl.grader.export.gradescope;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.submission.SubmissionStager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What Gradescope puts in {@code /autograder/submission}, made gradeable. A repository or folder upload
 * ({@code exercises/ID/src/main/java} or {@code ID/src/main/java}) is graded as it is. For a bundle of a single
 * exercise, students may also upload just their {@code .java} files: each is put under the exercise's submitted
 * folder by its {@code package} line, in a fresh staging folder. Links, names that are not Java class names,
 * package lines that are not Java package names, and files that are too large are left out, with a note.
 */
public final class GradescopeSubmission {

    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_FILES = 500;
    private static final Pattern CLASS_FILE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*\\.java");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("\\A\\s*package\\s+([^;]*);");
    private static final Pattern STARTS_WITH_PACKAGE = Pattern.compile("\\A\\s*package\\b");

    /**
     * The folder to grade and what was left out of it.
     *
     * @param folder the submission itself, or the staging folder the loose files were put in
     * @param notes  one line per file left out, for the log
     */
    public record Staged(Path folder, List<String> notes) {
        public Staged {
            notes = List.copyOf(notes);
        }
    }

    private GradescopeSubmission() {
    }

    /**
     * Makes {@code submission} gradeable for {@code exercises}, staging loose files into {@code staging} (which must
     * not exist yet) when that is what it takes.
     */
    public static Staged prepare(Path submission, List<Exercise> exercises, Path staging) throws IOException {
        SubmissionStager finder = new SubmissionStager(SubmissionStager.Limits.defaults());
        boolean laidOut = exercises.stream().anyMatch(exercise -> finder.sourcesOf(submission, exercise).isPresent());
        if (laidOut || exercises.size() != 1) {
            return new Staged(submission, List.of());
        }
        List<Path> loose = looseJavaFiles(submission);
        if (loose.isEmpty()) {
            return new Staged(submission, List.of());
        }
        Exercise exercise = exercises.get(0);
        Path sources = staging.resolve("exercises").resolve(exercise.id()).resolve(exercise.submittedFolder());
        Files.createDirectory(staging);
        Files.createDirectories(sources);
        List<String> notes = new ArrayList<>();
        int staged = 0;
        for (Path file : loose) {
            String name = file.getFileName().toString();
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                notes.add(name + ": left out, not a regular file");
            } else if (!CLASS_FILE_NAME.matcher(name).matches()) {
                notes.add(name + ": left out, not the name of a Java class");
            } else if (Files.size(file) > MAX_FILE_BYTES) {
                notes.add(name + ": left out, larger than " + MAX_FILE_BYTES / 1024 + " KiB");
            } else if (staged >= MAX_FILES) {
                notes.add(name + ": left out, more than " + MAX_FILES + " files");
            } else {
                byte[] content = Files.readAllBytes(file);
                Optional<List<String>> packageName = packageOf(new String(content, StandardCharsets.UTF_8));
                if (packageName.isEmpty()) {
                    notes.add(name + ": left out, its package line is not a Java package name");
                    continue;
                }
                Path folder = sources;
                for (String part : packageName.get()) {
                    folder = folder.resolve(part);
                }
                Files.createDirectories(folder);
                Files.write(folder.resolve(name), content);
                staged++;
            }
        }
        return new Staged(staged == 0 ? submission : staging, notes);
    }

    /** The entries at the top of {@code submission} whose names end in {@code .java}, in name order. */
    private static List<Path> looseJavaFiles(Path submission) throws IOException {
        if (!Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(submission)) {
            return entries.filter(entry -> entry.getFileName().toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * The parts of the package {@code source} declares: empty list for the default package, empty when its
     * package line does not name a package.
     */
    static Optional<List<String>> packageOf(String source) {
        String code = COMMENTS.matcher(source.replace("\uFEFF", "")).replaceAll(" ");
        if (!STARTS_WITH_PACKAGE.matcher(code).find()) {
            return Optional.of(List.of());
        }
        Matcher matcher = PACKAGE.matcher(code);
        if (!matcher.find()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.", -1)) {
            String name = part.strip();
            if (!IDENTIFIER.matcher(name).matches()) {
                return Optional.empty();
            }
            parts.add(name);
        }
        return Optional.of(parts);
    }
}
