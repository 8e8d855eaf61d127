package dev.amdahl.grader.export;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an exported autograder (Gradescope's zip, Classroom 50's bundle) needs of the course to grade: the chosen
 * exercises (tests, rubrics, settings; no build output), their hidden tests when asked for, and their planted bugs.
 * Never the reference solutions: neither times speedups, and nothing else needs them.
 */
public final class CourseMaterial {

    /** The only folders of the course an autograder may hold. */
    public static final List<String> FOLDERS = List.of("exercises", Course.HIDDEN, Course.PLANTED_BUGS);

    private CourseMaterial() {
    }

    /** The files to ship, as paths relative to the course's root, in the order they were found. */
    public static List<Path> files(Course course, List<Exercise> exercises, boolean hidden) throws IOException {
        List<Path> files = new ArrayList<>();
        // The exercises' build says in which order they are taught, so the autograder lists them in that order.
        Path order = course.root().resolve("exercises").resolve("pom.xml");
        if (Files.isRegularFile(order, LinkOption.NOFOLLOW_LINKS)) {
            files.add(course.root().relativize(order));
        }
        for (Exercise exercise : exercises) {
            add(files, course.root(), course.root().resolve("exercises").resolve(exercise.id()));
            if (hidden) {
                add(files, course.root(), course.root().resolve(Course.HIDDEN).resolve(exercise.id()));
            }
            add(files, course.root(), course.root().resolve(Course.PLANTED_BUGS).resolve(exercise.id()));
        }
        return files;
    }

    /** Whether {@code name} (a path below the course's root, with /) is something an autograder may ship. */
    public static boolean shippable(String name) {
        return FOLDERS.stream().anyMatch(folder -> name.startsWith(folder + "/")) && !name.contains("/solutions/")
                && !name.contains("..");
    }

    private static void add(List<Path> files, Path root, Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (!buildOutputOrHidden(folder.relativize(file))) {
                    files.add(root.relativize(file));
                }
            }
        }
    }

    /** Build output ({@code target/}) and dot-files (editors' settings, {@code .git}) are not course material. */
    private static boolean buildOutputOrHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
