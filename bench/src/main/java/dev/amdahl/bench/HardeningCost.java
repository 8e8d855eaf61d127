package dev.amdahl.bench;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.HostConfig;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.sandbox.DockerSandbox;
import dev.amdahl.grader.sandbox.SandboxImage;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.runner.ForbiddenApis;
import dev.amdahl.runner.ForkedJavac;
import dev.amdahl.runner.JavaCompilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the sandbox's hardening costs an honest submission: the reference solution of {@code processes} is
 * graded in a hardened container and in a plain one (the same image, runner, init and limits on memory and
 * time, but a writable root, root user, no tmpfs, ulimits, pids limit or capability drop), rounds interleaved so that
 * both see the same machine; then the runner's own safety steps are timed against what they replace.
 * Prints medians and ratios. Usage: {@code java -jar bench/target/amdahl-bench.jar [ROUNDS] [REPOSITORY]}.
 */
public final class HardeningCost {

    private HardeningCost() {
    }

    /** Runs the comparisons and prints medians and ratios; arguments as the class comment says. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path repository = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        String base = System.getenv().getOrDefault("AMDAHL_BASE_IMAGE", SandboxImage.DEFAULT_BASE);
        Exercise processes = Course.load(repository).select(List.of("processes")).get(0);
        Path submission = repository.resolve("solutions");

        List<Double> hardened = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        try (ExpectedTests tests = new ExpectedTests();
                DockerSandbox strict = DockerSandbox.start(SandboxImage.bundled(base));
                DockerSandbox loose = DockerSandbox.start(SandboxImage.bundled(base), HardeningCost::unharden)) {
            Grader strictGrader = grader(strict, tests);
            Grader looseGrader = grader(loose, tests);
            time(strictGrader, submission, processes); // warm-up: image checks, caches
            time(looseGrader, submission, processes);
            for (int round = 0; round < rounds; round++) {
                hardened.add(time(strictGrader, submission, processes));
                plain.add(time(looseGrader, submission, processes));
            }
        }

        Path sources = repository.resolve("solutions/processes/src/main/java");
        Path scratch = Files.createTempDirectory("amdahl-bench-");
        List<Double> forked = new ArrayList<>();
        List<Double> inProcess = new ArrayList<>();
        List<Double> scan = new ArrayList<>();
        ForkedJavac javac = new ForkedJavac(Duration.ofSeconds(60));
        for (int round = 0; round <= rounds; round++) {
            Path a = scratch.resolve("in-process-" + round);
            Path b = scratch.resolve("forked-" + round);
            long t0 = System.nanoTime();
            check(JavaCompilation.compile(sources, List.of(), a).ok(), "in-process javac failed");
            long t1 = System.nanoTime();
            check(javac.compile(sources, List.of(), b).ok(), "forked javac failed");
            long t2 = System.nanoTime();
            check(ForbiddenApis.check(b, Set.of(ForbiddenApis.PROCESSES)).isEmpty(), "the reference has findings");
            long t3 = System.nanoTime();
            if (round > 0) { // round 0 warms the JIT up
                inProcess.add((t1 - t0) / 1e9);
                forked.add((t2 - t1) / 1e9);
                scan.add((t3 - t2) / 1e9);
            }
        }

        System.out.printf(Locale.ROOT, "Hardening cost on the reference solution of 'processes', %d rounds each, "
                + "interleaved (medians):%n", rounds);
        System.out.printf(Locale.ROOT, "  grading in a hardened container   %6.2f s%n", median(hardened));
        System.out.printf(Locale.ROOT, "  grading in a plain container      %6.2f s%n", median(plain));
        System.out.printf(Locale.ROOT, "  ratio hardened / plain            %6.2f%n", median(hardened) / median(plain));
        System.out.printf(Locale.ROOT, "The runner's safety steps, on this machine outside Docker (medians):%n");
        System.out.printf(Locale.ROOT, "  javac in a process of its own     %6.2f s%n", median(forked));
        System.out.printf(Locale.ROOT, "  javac in the runner's JVM         %6.2f s   (ratio %.2f)%n",
                median(inProcess), median(forked) / median(inProcess));
        System.out.printf(Locale.ROOT, "  forbidden-API scan                %6.2f s%n", median(scan));
    }

    private static Grader grader(DockerSandbox sandbox, ExpectedTests tests) {
        return new Grader(sandbox, new SubmissionStager(SubmissionStager.Limits.defaults()), tests,
                SandboxLimits.defaults(), Grader.Overrides.none(), Clock.systemUTC(), "bench");
    }

    private static double time(Grader grader, Path submission, Exercise exercise) throws Exception {
        long start = System.nanoTime();
        GradeReport report = grader.grade(submission, "reference", List.of(exercise));
        double seconds = (System.nanoTime() - start) / 1e9;
        check(report.earned() == report.possible() && report.possible() > 0,
                "the reference did not get full marks: " + report.exercises().get(0).verdict() + " "
                        + report.exercises().get(0).tests().stream().filter(t -> !t.outcome().earnsPoints())
                                .map(t -> t.test().methodName() + ": " + t.message()).toList());
        return seconds;
    }

    /**
     * The same container without the hardening: what a naive grader would run. It keeps the init process:
     * without one, killed processes' orphans stay as zombies and a correct solution loses points.
     */
    static void unharden(CreateContainerCmd create) {
        HostConfig host = create.getHostConfig();
        host.withReadonlyRootfs(false).withTmpFs(null).withUlimits(List.of())
                .withCapDrop().withSecurityOpts(List.of()).withPidsLimit(null);
        create.withUser("0:0");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
