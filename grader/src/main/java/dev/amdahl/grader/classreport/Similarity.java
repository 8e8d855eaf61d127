package dev.amdahl.grader.classreport;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Submission;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.exceptions.ExitException;
import de.jplag.java.JavaLanguage;
import de.jplag.options.JPlagOptions;
import dev.amdahl.grader.io.Folders;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares students' Java sources with JPlag, in process. JPlag only parses the sources into tokens and compares the
 * token streams; nothing is compiled or run. Code that every student got (the skeleton) is base code: matches with it
 * do not count. Any failure becomes a result that says why, never an exception, so the class report is written
 * whatever the sources hold.
 */
public final class Similarity {

    /** Pairs at or above this similarity are always listed (up to {@link #MAX_PAIRS}). */
    public static final double THRESHOLD = 0.5;
    /** The most similar pairs are listed even below the threshold, so the instructor sees what "usual" looks like. */
    public static final int TOP_PAIRS = 20;
    /** No report lists more pairs than this. */
    public static final int MAX_PAIRS = 100;

    /** A larger file is not something a student wrote for an exercise; it is left out of the comparison. */
    static final long MAX_FILE_BYTES = 512 * 1024;
    /** At most this many files of one student are compared. */
    static final int MAX_FILES = 500;

    private Similarity() {
    }

    /**
     * Compares every pair of students.
     *
     * @param sourcesByStudent each student's id and a folder of their {@code .java} files (links are not followed)
     * @param baseCode         a folder of the code every student was given, whose matches do not count
     */
    public static SimilarityResult compare(Map<String, Path> sourcesByStudent, Optional<Path> baseCode) {
        if (sourcesByStudent.size() < 2) {
            return SimilarityResult.skipped("similarity needs at least 2 students with sources; this class has "
                    + sourcesByStudent.size() + ".");
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("amdahl-jplag-");
            return compareIn(scratch, sourcesByStudent, baseCode);
        } catch (ExitException | IOException | RuntimeException | StackOverflowError e) {
            // A hostile source can throw the parser off in many ways; the report says so instead of failing.
            return SimilarityResult.skipped("JPlag could not compare the submissions ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").");
        } finally {
            Folders.delete(scratch);
        }
    }

    private static SimilarityResult compareIn(Path scratch, Map<String, Path> sourcesByStudent,
            Optional<Path> baseCode) throws IOException, ExitException {
        // Folder names are ours (s1, s2, …), so no student id can mean anything to JPlag or the file system.
        Path submissions = Files.createDirectories(scratch.resolve("submissions"));
        Map<String, String> studentByFolder = new HashMap<>();
        List<String> withoutSources = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Path> entry : sourcesByStudent.entrySet()) {
            String folder = "s" + ++index;
            if (copyJava(entry.getValue(), submissions.resolve(folder)) == 0) {
                withoutSources.add(entry.getKey());
                Folders.delete(submissions.resolve(folder));
            } else {
                studentByFolder.put(folder, entry.getKey());
            }
        }
        String left = withoutSources.isEmpty() ? "" : "Left out, without Java sources: "
                + String.join(", ", withoutSources.stream().sorted().toList()) + ".";
        if (studentByFolder.size() < 2) {
            return SimilarityResult.skipped(("similarity needs at least 2 students with Java sources; "
                    + studentByFolder.size() + " had any. " + left).strip());
        }
        JPlagOptions options = new JPlagOptions(new JavaLanguage(), Set.of(submissions.toFile()), Set.of())
                .withClusteringOptions(new ClusteringOptions().withEnabled(false))
                .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
        Path base = scratch.resolve("base");
        if (baseCode.isPresent() && copyJava(baseCode.get(), base) > 0) {
            options = options.withBaseCodeSubmissionDirectory(base.toFile());
        }
        JPlagResult result = JPlag.run(options);
        List<SimilarityResult.Pair> pairs = new ArrayList<>();
        for (JPlagComparison comparison : result.getAllComparisons()) {
            String a = studentByFolder.get(comparison.firstSubmission().getName());
            String b = studentByFolder.get(comparison.secondSubmission().getName());
            if (a == null || b == null) {
                continue; // not one of ours (JPlag names submissions after their folders)
            }
            boolean ordered = a.compareTo(b) <= 0;
            pairs.add(new SimilarityResult.Pair(ordered ? a : b, ordered ? b : a, comparison.similarity(),
                    comparison.maximalSimilarity()));
        }
        pairs.sort(Comparator.comparingDouble(SimilarityResult.Pair::similarity).reversed()
                .thenComparing(SimilarityResult.Pair::first).thenComparing(SimilarityResult.Pair::second));
        List<SimilarityResult.Pair> shown = new ArrayList<>();
        for (SimilarityResult.Pair pair : pairs) {
            if (shown.size() < MAX_PAIRS && (shown.size() < TOP_PAIRS || pair.similarity() >= THRESHOLD)) {
                shown.add(pair);
            }
        }
        List<String> unparsed = result.getSubmissions().getInvalidSubmissions().stream().map(Submission::getName)
                .map(studentByFolder::get).filter(s -> s != null).sorted().toList();
        String note = String.join(" ", left, unparsed.isEmpty() ? "" : "Left out, sources JPlag could not parse (or "
                + "too short to compare): " + String.join(", ", unparsed) + ".").strip();
        return new SimilarityResult(true, note, result.getNumberOfSubmissions(), shown);
    }

    /** Copies the regular {@code .java} files under {@code from}, never through a link; returns how many. */
    static int copyJava(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int[] copied = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(from) || !attributes.isSymbolicLink() ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".java")
                        && attributes.size() <= MAX_FILE_BYTES && copied[0] < MAX_FILES) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                    copied[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return copied[0];
    }
}
