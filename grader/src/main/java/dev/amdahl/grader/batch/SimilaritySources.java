package dev.amdahl.grader.batch;

import dev.amdahl.grader.classreport.Similarity;
import dev.amdahl.grader.classreport.SimilarityResult;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.submission.SubmissionStager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gathers what the similarity check compares: each student's graded sources (only the {@code .java} files the
 * grader compiled, never a link), exercise by exercise, and the skeleton's as base code that everyone shares.
 */
public final class SimilaritySources {

    private SimilaritySources() {
    }

    /** Compares the graded copies in {@code copiesFolder} of the students in {@code entries}. */
    public static SimilarityResult compare(List<GradebookEntry> entries, Path copiesFolder, List<Exercise> exercises,
            SubmissionStager stager) throws IOException {
        SubmissionCopies copies = new SubmissionCopies(copiesFolder);
        Path scratch = Files.createTempDirectory("amdahl-similarity-");
        try {
            Map<String, Path> sources = new LinkedHashMap<>();
            for (GradebookEntry entry : entries) {
                if (!entry.state().hasResult() || entry.state() == SubmissionState.UNUSABLE) {
                    continue;
                }
                Optional<SubmissionCopies.Copy> copy = copies.existing(entry.student());
                if (copy.isEmpty()) {
                    continue;
                }
                Path student = scratch.resolve("students").resolve(entry.student());
                int files = 0;
                for (Exercise exercise : exercises) {
                    Optional<Path> found = stager.sourcesOf(copy.get().root(), exercise);
                    if (found.isPresent()) {
                        files += copyJava(found.get(), student.resolve(exercise.id()));
                    }
                }
                if (files > 0) {
                    sources.put(entry.student(), student);
                }
            }
            Path base = scratch.resolve("base");
            int baseFiles = 0;
            for (Exercise exercise : exercises) {
                if (!exercise.rubric().gradesStudentTests()) {
                    baseFiles += copyJava(exercise.skeletonSources(), base.resolve(exercise.id()));
                }
            }
            return Similarity.compare(sources, baseFiles > 0 ? Optional.of(base) : Optional.empty());
        } finally {
            Folders.delete(scratch);
        }
    }

    private static int copyJava(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int copied = 0;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    && f.toString().endsWith(".java")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                copied++;
            }
        }
        return copied;
    }
}
