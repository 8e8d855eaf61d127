package dev.amdahl.runner;

import dev.amdahl.grading.Outcome;
import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The instructor's variants of a program (copies of it, most with a bug), each in a folder
 * {@code <id>/classes} as the grader compiled them (or {@code <id>/src/main/java}, compiled here): held in memory
 * before any of the student's code runs, then run
 * against the student's tests one by one, each in a class loader of its own so that it starts with fresh
 * statics. Only the tests' outcomes are told: what a variant's bug is stays the instructor's.
 */
final class VariantRuns {

    /** One variant: its classes, or why it has none. */
    record Variant(String id, Map<String, byte[]> classes, String broken) {
    }

    private VariantRuns() {
    }

    /**
     * Reads every variant under {@code variants}, in the order of their ids: its classes when the grader compiled
     * them, else its sources compiled to {@code <build>/<id>}. The variants are trusted, so they compile in this JVM.
     */
    static List<Variant> compile(Path variants, Path build) throws IOException {
        List<Variant> compiled = new ArrayList<>();
        for (String id : ids(variants)) {
            Path given = variants.resolve(id).resolve(SandboxRunner.PROGRAM_CLASSES);
            if (Files.isDirectory(given)) {
                compiled.add(new Variant(id, ClassBytes.read(given), null));
                continue;
            }
            Path classes = build.resolve(id);
            JavaCompilation.Result result = ExerciseBuild.Compiler.inProcess()
                    .compile(variants.resolve(id).resolve("src/main/java"), List.of(), classes);
            compiled.add(result.ok() ? new Variant(id, ClassBytes.read(classes), null)
                    : new Variant(id, null, "variant " + id + " does not compile:\n" + result.diagnostics()));
        }
        return compiled;
    }

    /** Runs the tests against each variant and writes one event a variant. */
    static void run(List<Variant> variants, Path testClasses, Path testResources, EventChannel log)
            throws IOException {
        for (Variant variant : variants) {
            if (variant.broken() != null) {
                log.write(new RunnerEvent.VariantBroken(variant.id(), variant.broken()));
                continue;
            }
            Map<String, Outcome> outcomes = TestExecution.outcomes(ClassBytes.withoutDebugInfo(variant.classes()),
                    testClasses, testResources);
            log.write(new RunnerEvent.VariantFinished(variant.id(), outcomes));
        }
    }

    private static List<String> ids(Path variants) throws IOException {
        if (!Files.isDirectory(variants)) {
            throw new IOException("no folder of variants at " + variants);
        }
        try (Stream<Path> children = Files.list(variants)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
