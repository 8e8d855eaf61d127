package dev.amdahl.grader.export;

import dev.amdahl.grader.io.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a template that its student should not need to change (tests, build, grading API,
 * workflow), in the format of {@code sha256sum}, so that the workflow checks it with {@code sha256sum --check} and
 * nothing else. The workflow's own line hashes the workflow without its line that holds this list's hash (the
 * two would otherwise each contain the other's).
 *
 * @param hashes a path relative to the template, with forward slashes, to its hash
 */
public record TemplateManifest(Map<String, String> hashes) {

    /** Where the list lives in a template. */
    public static final String PATH = ".github/amdahl/template.sha256";

    public TemplateManifest {
        hashes = Map.copyOf(hashes);
    }

    /**
     * The hashes of the files under {@code template} that {@code covered} accepts (given relative paths with
     * forward slashes), plus the workflow at {@code workflowPath} hashed as {@link #workflowHash} says.
     */
    public static TemplateManifest of(Path template, Predicate<String> covered, String workflowPath)
            throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String relative = relative(template, file);
                if (relative.equals(workflowPath)) {
                    hashes.put(relative, workflowHash(Files.readString(file, StandardCharsets.UTF_8)));
                } else if (covered.test(relative)) {
                    hashes.put(relative, Hashes.sha256(Files.readAllBytes(file)));
                }
            }
        }
        return new TemplateManifest(hashes);
    }

    /**
     * The workflow's hash as its own check computes it: {@code grep -v 'MARKER' workflow | sha256sum}, that is
     * every line that does not contain {@link ClassroomWorkflow#MANIFEST_HASH_KEY}, each ended by a line break.
     */
    public static String workflowHash(String workflow) {
        StringBuilder kept = new StringBuilder();
        workflow.lines().filter(line -> !line.contains(ClassroomWorkflow.MANIFEST_HASH_KEY))
                .forEach(line -> kept.append(line).append('\n'));
        return Hashes.sha256(kept.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The list as {@code sha256sum} writes it: hash, two spaces, path; sorted by path. */
    public String render() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString();
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
