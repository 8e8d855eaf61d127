package dev.amdahl.grader.submission;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.intake.FolderMeasure;
import dev.amdahl.grader.intake.IntakeLimits;
import dev.amdahl.grader.intake.UnusableSubmissionException;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import dev.amdahl.grader.submission.IgnoredFiles.Kind;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds what the sandbox compiles: the student's {@code src/main/java} and the instructor's tests, nothing
 * else. The student's build files, tests and resources never reach it, so a submission cannot change how it
 * is built or replace the tests that grade it. Symbolic links are never followed.
 *
 * <p>A student's copy is found at {@code exercises/ID/src/main/java} (the layout of the course repository)
 * or at {@code ID/src/main/java}.
 *
 * <p>The whole submission is held to the batch intake's {@link IntakeLimits} first (files of any kind, bytes in
 * all and per file), before anything of it is read; what is left out is listed as notes, a few by name and the
 * rest counted.
 */
public final class SubmissionStager {

    /**
     * Limits that keep a huge or odd submission from filling the disk or the reports.
     *
     * @param maxFiles   Java files staged for one exercise
     * @param maxBytes   bytes of Java staged for one exercise
     * @param submission the whole submission, any file: the same limits as a submission the batch intake takes in
     */
    public record Limits(int maxFiles, long maxBytes, IntakeLimits submission) {
        public Limits(int maxFiles, long maxBytes) {
            this(maxFiles, maxBytes, IntakeLimits.defaults());
        }

        /** 2,000 Java files and 20 MiB of Java per exercise, the intake's limits for the whole submission. */
        public static Limits defaults() {
            return new Limits(2_000, 20L * 1024 * 1024);
        }
    }

    /** Files and folders beside an exercise's {@code src} that build it; the course's own build is used instead. */
    private static final Set<String> BUILD_FILES = Set.of("pom.xml", ".mvn", "mvnw", "mvnw.cmd", "build.gradle",
            "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradle.properties", "gradle", "gradlew",
            "gradlew.bat", "build.xml");

    private final Limits limits;

    public SubmissionStager(Limits limits) {
        this.limits = limits;
    }

    /**
     * Where the student's part of {@code exercise} is (code, or tests for an exercise whose submission is a test
     * suite), or empty when the submission has none.
     */
    public Optional<Path> sourcesOf(Path submission, Exercise exercise) {
        for (Path candidate : List.of(
                submission.resolve("exercises").resolve(exercise.id()).resolve(exercise.submittedFolder()),
                submission.resolve(exercise.id()).resolve(exercise.submittedFolder()))) {
            if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS) && !hasLinkBetween(submission, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Stages {@code exercise} of {@code submission} into {@code target} (which must not exist yet).
     *
     * @return empty when the submission has no code for this exercise
     */
    public Optional<StagedExercise> stage(Path submission, Exercise exercise, Path target)
            throws IOException, SubmissionException {
        try {
            FolderMeasure.check(submission, limits.submission(), "Your submission");
        } catch (UnusableSubmissionException e) {
            throw new SubmissionException(e.getMessage());
        }
        Optional<Path> sources = sourcesOf(submission, exercise);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        IgnoredFiles ignored = new IgnoredFiles();
        Files.createDirectories(target);
        Path module = sources.get().getParent().getParent().getParent(); // above src/main/java or src/test/java
        // Notes on whole folders and build files come first, so a flood of stray files cannot push them out.
        if (exercise.rubric().gradesStudentTests()) {
            if (Files.exists(module.resolve("src/main"), LinkOption.NOFOLLOW_LINKS)) {
                ignored.add(Kind.FOLDER, submission.relativize(module.resolve("src/main"))
                        + ": your tests run against the program as it was given, not your copy of it");
            }
        } else if (Files.exists(module.resolve("src/test"), LinkOption.NOFOLLOW_LINKS)) {
            ignored.add(Kind.FOLDER, submission.relativize(module.resolve("src/test"))
                    + ": your own tests are not used for grading; the instructor's tests are");
        }
        noteBuildFiles(submission, module, ignored);
        Path submittedSide = sources.get().getParent(); // src/main or src/test
        for (Path sibling : children(submittedSide)) {
            if (sibling.equals(sources.get())) {
                continue;
            }
            if (sibling.getFileName().toString().equals("resources")
                    && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                noteEach(submission, sibling, Kind.RESOURCE, "resources are not used; only .java files are compiled",
                        ignored);
            } else {
                ignored.add(Kind.FOLDER, submission.relativize(sibling) + ": not used; only the .java files in "
                        + exercise.submittedFolder() + " are compiled");
            }
        }
        if (exercise.rubric().gradesStudentTests()) {
            copyStudentSources(submission, sources.get(), target.resolve("src/test/java"), ignored);
            Folders.copy(exercise.skeletonSources(), target.resolve("src/main/java"));
        } else {
            copyStudentSources(submission, sources.get(), target.resolve("src/main/java"), ignored);
            Folders.copy(exercise.testSources(), target.resolve("src/test/java"));
        }
        Folders.copy(exercise.testResources(), target.resolve("src/test/resources"));
        return Optional.of(new StagedExercise(exercise.id(), target,
                submission.relativize(sources.get()).toString(), ignored.notes(),
                Hashes.ofFolder(target.resolve(exercise.submittedFolder()))));
    }

    /** The exercise's own build files ({@code pom.xml}, {@code .mvn/}, {@code build.gradle}, …), each by name. */
    private static void noteBuildFiles(Path submission, Path module, IgnoredFiles ignored) throws IOException {
        for (Path entry : children(module)) {
            if (BUILD_FILES.contains(entry.getFileName().toString())) {
                ignored.add(Kind.BUILD, submission.relativize(entry)
                        + ": build files are not used; the course's own build is");
            }
        }
    }

    /** A note for every file below {@code folder} (links noted as links, never followed). */
    private static void noteEach(Path submission, Path folder, Kind kind, String why, IgnoredFiles ignored)
            throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (attributes.isSymbolicLink()) {
                    ignored.add(Kind.LINK, submission.relativize(dir)
                            + ": a link to a folder (links are never followed)");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                ignored.add(kind, submission.relativize(file) + ": " + why);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The entries of {@code folder} in name order (none when it is not a folder), links among them unfollowed. */
    private static List<Path> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private void copyStudentSources(Path submission, Path from, Path to, IgnoredFiles ignored)
            throws IOException, SubmissionException {
        Files.createDirectories(to);
        int[] files = {0};
        long[] bytes = {0};
        List<SubmissionException> problems = new ArrayList<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = from.relativize(file).toString();
                if (attributes.isSymbolicLink() || !attributes.isRegularFile()) {
                    ignored.add(Kind.LINK, submission.relativize(file)
                            + ": not a regular file (links are never followed)");
                } else if (!relative.endsWith(".java")) {
                    ignored.add(Kind.NOT_JAVA, submission.relativize(file) + ": only .java files are compiled");
                } else {
                    files[0]++;
                    bytes[0] += attributes.size();
                    if (files[0] > limits.maxFiles() || bytes[0] > limits.maxBytes()) {
                        problems.add(new SubmissionException("The submission has more than " + limits.maxFiles()
                                + " Java files or " + limits.maxBytes() / (1024 * 1024) + " MiB of code in "
                                + from.getFileName() + "; it is not graded. Remove generated or copied files."));
                        return FileVisitResult.TERMINATE;
                    }
                    Path copy = to.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (attributes.isSymbolicLink()) {
                    ignored.add(Kind.LINK, submission.relativize(dir)
                            + ": a link to a folder (links are never followed)");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    private static boolean hasLinkBetween(Path root, Path descendant) {
        for (Path p = descendant; p != null && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }
}
