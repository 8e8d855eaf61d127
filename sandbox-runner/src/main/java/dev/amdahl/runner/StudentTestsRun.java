package dev.amdahl.runner;

import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code --student-tests}: the submission is the tests ({@code src/test/java}), the instructor's program is what
 * they test. The program and the variants are trusted: the grader compiles them once, from the course, and hands
 * in their classes ({@value SandboxRunner#PROGRAM_CLASSES} in the exercise's folder and in each variant's); sources
 * given instead are compiled in this JVM. The tests compile in a javac of their own and are scanned for forbidden
 * APIs. Before any of the student's code runs, every class file and source of the program and of its variants is
 * read into memory and deleted from disk, so the tests can judge the program only by what it does.
 */
final class StudentTestsRun {

    private StudentTestsRun() {
    }

    static int run(SandboxRunner.Options options, EventChannel channel) throws IOException {
        long start = System.nanoTime();
        Path exercise = options.exercise();
        Path build = options.build();
        Path givenProgram = exercise.resolve(SandboxRunner.PROGRAM_CLASSES);
        ExerciseBuild.Result main = Files.isDirectory(givenProgram)
                ? ExerciseBuild.given(givenProgram, exercise, build)
                : ExerciseBuild.compileMain(exercise, build, ExerciseBuild.Compiler.inProcess());
        if (main instanceof ExerciseBuild.Failed failed) {
            channel.write(new RunnerEvent.CompileFailed(failed.stage(), failed.diagnostics()));
            return SandboxRunner.EXIT_NOT_RUN;
        }
        ExerciseBuild.Result tests = ExerciseBuild.compileTests(exercise, build, SandboxRunner.runnerClasspath(),
                new ForkedJavac(options.compileTimeout()));
        if (tests instanceof ExerciseBuild.Failed failed) {
            channel.write(new RunnerEvent.CompileFailed(failed.stage(), failed.diagnostics()));
            return SandboxRunner.EXIT_NOT_RUN;
        }
        ExerciseBuild.Built built = (ExerciseBuild.Built) tests;
        Map<String, byte[]> program = ClassBytes.read(built.classes());
        List<String> forbidden = ForbiddenApis.checkStudentTests(built.testClasses(), options.allows(),
                ClassBytes.topLevelNames(program));
        if (!forbidden.isEmpty()) {
            channel.write(new RunnerEvent.Rejected(forbidden));
            return SandboxRunner.EXIT_NOT_RUN;
        }
        Path variantClasses = build.resolve("variants");
        List<VariantRuns.Variant> variants = options.variants() == null ? List.of()
                : VariantRuns.compile(options.variants(), variantClasses);
        deleteTrees(exercise.resolve("src/main"), givenProgram, built.classes(), variantClasses, options.variants());
        channel.write(new RunnerEvent.Compiled((System.nanoTime() - start) / 1_000_000));

        long testsStart = System.nanoTime();
        if (options.coverage() || options.variants() == null) {
            CoverageRecorder recorder = options.coverage() ? new CoverageRecorder(program) : null;
            Map<String, byte[]> runnable = recorder == null ? program : recorder.instrumented();
            TestExecution.runStudentTests(ClassBytes.withoutDebugInfo(runnable), built.testClasses(),
                    built.testResources(), channel);
            if (recorder != null) {
                channel.write(recorder.coverage());
            }
        }
        VariantRuns.run(variants, built.testClasses(), built.testResources(), channel);
        channel.write(new RunnerEvent.Finished((System.nanoTime() - testsStart) / 1_000_000));
        return SandboxRunner.EXIT_TESTS_RAN;
    }

    /** Deletes each folder that exists, with everything in it; fails rather than leave any of it behind. */
    private static void deleteTrees(Path... trees) throws IOException {
        for (Path tree : trees) {
            if (tree == null || !Files.exists(tree)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
