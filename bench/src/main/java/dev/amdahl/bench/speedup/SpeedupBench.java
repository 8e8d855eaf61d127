package dev.amdahl.bench.speedup;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How much faster the reference solutions' parallel versions run than their sequential ones on this machine,
 * against the goals of issue 6. Each comparison's two sides run in the same round, one JMH fork each, and the
 * rounds go through every comparison in turn, so a noisy minute on a shared machine hits both sides of a ratio
 * and shows as spread instead of as a false result.
 *
 * <p>Usage: {@code java -cp bench/target/amdahl-bench.jar dev.amdahl.bench.speedup.SpeedupBench [ROUNDS]}
 * (see bench/README.md; {@code bench/speedup.sh} builds and runs it).
 */
public final class SpeedupBench {

    private static final int WARMUP_ITERATIONS = 2;
    private static final int MEASURED_ITERATIONS = 3;

    private SpeedupBench() {
    }

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (rounds < 1) {
            throw new IllegalArgumentException("ROUNDS must be at least 1, not " + rounds);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<Comparison> comparisons = comparisons(cores);
        double[][] baseline = new double[comparisons.size()][rounds];
        double[][] contender = new double[comparisons.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < comparisons.size(); i++) {
                Comparison comparison = comparisons.get(i);
                System.err.printf(Locale.ROOT, "round %d/%d: %s%n", round + 1, rounds, comparison.what());
                baseline[i][round] = measure(comparison.bench(), comparison.params(), comparison.baseline());
                contender[i][round] = measure(comparison.bench(), comparison.params(), comparison.contender());
            }
        }
        System.out.printf(Locale.ROOT,
                "Speedup of the reference solutions on this machine: %d cores, Java %s, %d round(s) of "
                        + "1 fork, %d x 1 s warm-up, %d x 1 s measured per side%n%n",
                cores, Runtime.version(), rounds, WARMUP_ITERATIONS, MEASURED_ITERATIONS);
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %26s %10s  %s%n",
                "comparison", "baseline", "contender", "speedup (median, min-max)", "goal", "verdict");
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison comparison = comparisons.get(i);
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = baseline[i][round] / contender[i][round];
            }
            double speedup = median(ratios);
            boolean hasGoal = !Double.isNaN(comparison.goal());
            System.out.printf(Locale.ROOT, "%-44s %9.1f ms %9.1f ms %8.2fx (%5.2f-%5.2f) %10s  %s%n",
                    comparison.what(), median(baseline[i]), median(contender[i]), speedup,
                    Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow(),
                    hasGoal ? String.format(Locale.ROOT, "%.2fx", comparison.goal()) : "-",
                    !hasGoal ? "" : speedup >= comparison.goal() ? "met" : "MISSED");
        }
        System.out.println();
        comparisons.forEach(comparison -> System.out.println("- " + comparison.what() + ": " + comparison.why()));
    }

    static List<Comparison> comparisons(int cores) {
        double cpuGoal = 0.9 * cores;
        double ioIdeal = IoBoundBench.idealSpeedup(IoBoundBench.TASKS, IoBoundBench.THREADS);
        double virtualIdeal = IoBoundBench.idealSpeedup(IoBoundBench.TASKS, IoBoundBench.TASKS);
        return List.of(
                new Comparison("CPU-bound map (primes), 16 ranges/thread", CpuBoundBench.class,
                        Map.of("rangesPerThread", "16"), "sequential", "parallel", cpuGoal,
                        "goal 0.9 x cores (1.8x on 2 cores): counting primes shares no state, so only the split"
                                + " and the pool cost anything"),
                new Comparison("CPU-bound map (primes), 4 ranges/thread", CpuBoundBench.class,
                        Map.of("rangesPerThread", "4"), "sequential", "parallel", Double.NaN,
                        "no goal, shown for comparison: numbers near the limit take longer to test, so with"
                                + " fewer, bigger ranges one thread is left with the slowest range at the end"),
                new Comparison("IO-bound pool (" + IoBoundBench.TASKS + " calls, " + IoBoundBench.THREADS
                        + " threads)", IoBoundBench.class, Map.of(), "sequential", "pool", 0.8 * ioIdeal,
                        String.format(Locale.ROOT, "goal 0.8 x the ideal %.0fx: %d waits of %d ms go in rounds"
                                        + " of %d", ioIdeal, IoBoundBench.TASKS, IoBoundBench.LATENCY_MILLIS,
                                IoBoundBench.THREADS)),
                new Comparison("IO-bound virtual threads (one per call)", IoBoundBench.class, Map.of(),
                        "sequential", "virtualThreads", 0.8 * virtualIdeal,
                        String.format(Locale.ROOT, "our goal, by the same rule: all %d waits overlap, ideal"
                                + " %.0fx", IoBoundBench.TASKS, virtualIdeal)),
                new Comparison("tiled convolution, 1024^2, box 15", ConvolutionBench.class,
                        Map.of("side", "1024", "kernelSize", "15"), "sequential", "tiled", cpuGoal,
                        "our goal, as for the CPU-bound map: 225 products per pixel, tiles share only the"
                                + " read-only image"),
                new Comparison("tiled convolution, 2048^2, box 5", ConvolutionBench.class,
                        Map.of("side", "2048", "kernelSize", "5"), "sequential", "tiled", Double.NaN,
                        "no goal, shown for comparison: 25 products per pixel, so copying the 32 MB image in and"
                                + " out, which runs on one thread in both versions, is a large serial fraction"
                                + " (Amdahl's law)"));
    }

    /** The average time of one call of {@code bench.method}, in milliseconds. */
    private static double measure(Class<?> bench, Map<String, String> params, String method)
            throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        params.forEach(builder::param);
        if (Runtime.version().feature() >= 24) {
            // JMH 1.37 reads fields through sun.misc.Unsafe; JDK 24+ warns about it once per fork otherwise.
            builder.jvmArgsAppend("--sun-misc-unsafe-memory-access=allow");
        }
        Options options = builder
                .include("^" + Pattern.quote(bench.getName() + "." + method) + "$")
                .forks(1)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(MEASURED_ITERATIONS)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result for " + bench.getName() + "." + method
                    + ", got " + results.size() + ": is META-INF/BenchmarkList in the jar?");
        }
        return results.iterator().next().getPrimaryResult().getScore();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * A sequential baseline and a parallel contender in one JMH class, run with {@code params}, and the speedup
     * we expect of it ({@code NaN}: none, the row is there to compare with).
     */
    record Comparison(String what, Class<?> bench, Map<String, String> params, String baseline, String contender,
            double goal, String why) {
    }
}
