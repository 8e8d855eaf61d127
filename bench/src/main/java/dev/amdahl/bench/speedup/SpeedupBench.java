package dev.amdahl.bench.speedup;

import java.util.ArrayList;
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
 * How many times faster the reference solutions' parallel (or cache-friendly, or vectorizable) versions run than
 * their sequential (or naive) ones on this machine, against the goals of issues 6 and 7. Each comparison's two
 * sides run in the same round, one JMH fork each, and the rounds go through every comparison in turn, so a noisy
 * minute on a shared machine hits both sides of a ratio and shows as spread instead of as a false result.
 *
 * <p>Usage: {@code java -cp bench/target/amdahl-bench.jar dev.amdahl.bench.speedup.SpeedupBench [ROUNDS [NAME]]},
 * where NAME keeps only the comparisons whose name contains it
 * (see bench/README.md; {@code bench/speedup.sh} builds and runs it).
 */
public final class SpeedupBench {

    private static final int WARMUP_ITERATIONS = 2;
    private static final int MEASURED_ITERATIONS = 3;

    private SpeedupBench() {
    }

    /** Runs the comparisons and prints each one's speedup against its goal; arguments as the class comment says. */
    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (rounds < 1) {
            throw new IllegalArgumentException("ROUNDS must be at least 1, not " + rounds);
        }
        String filter = args.length > 1 ? args[1].toLowerCase(Locale.ROOT) : "";
        int cores = Runtime.getRuntime().availableProcessors();
        List<Comparison> comparisons = comparisons(cores).stream()
                .filter(comparison -> comparison.what().toLowerCase(Locale.ROOT).contains(filter))
                .toList();
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("no comparison's name contains \"" + filter + "\"; the names:\n"
                    + String.join("\n", comparisons(cores).stream().map(Comparison::what).toList()));
        }
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
                "How many times faster the reference solutions' fast versions run on this machine: %d cores,"
                        + " Java %s, %d round(s) of 1 fork, %d x 1 s warm-up, %d x 1 s measured per side%n%n",
                cores, Runtime.version(), rounds, WARMUP_ITERATIONS, MEASURED_ITERATIONS);
        System.out.printf(Locale.ROOT, "%-46s %12s %12s %26s %10s  %s%n",
                "comparison", "baseline", "contender", "speedup (median, min-max)", "goal", "verdict");
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison comparison = comparisons.get(i);
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = baseline[i][round] / contender[i][round];
            }
            double speedup = median(ratios);
            boolean hasGoal = !Double.isNaN(comparison.goal());
            System.out.printf(Locale.ROOT, "%-46s %9.1f ms %9.1f ms %8.2fx (%5.2f-%5.2f) %10s  %s%n",
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
                                + " (Amdahl's law)"),
                new Comparison("sum by rows vs by columns, 4000^2 (128 MB)", CacheBench.class,
                        Map.of("side", "4000"), "sumColumnByColumn", "sumRowByRow", 3,
                        "goal 3x: in memory order every 64-byte cache line brings 8 doubles that are used; by"
                                + " columns each double costs a line of its own"),
                new Comparison("sum by rows vs by columns, 2000^2 (32 MB)", CacheBench.class,
                        Map.of("side", "2000"), "sumColumnByColumn", "sumRowByRow", Double.NaN,
                        "no goal, shown for comparison: a smaller matrix stays closer at hand, in the caches"),
                new Comparison("blocked vs naive transpose, 4000^2, block 32", CacheBench.class,
                        Map.of("side", "4000", "block", "32"), "transposeNaive", "transposeBlocked", 1,
                        "goal: beat the naive transpose (issue 7 names no number); both write a new 128 MB"
                                + " matrix, and only the order of the reads and writes differs"),
                new Comparison("primitive vs boxed dot product, 10^6", VectorsBench.class, Map.of(), "dotBoxed",
                        "dot", 5,
                        "goal 5x: double[] is read straight from memory and vectorized; List<Double> follows"
                                + " a pointer and unboxes for every element"),
                new Comparison("4 running sums vs 1, sum of 10^6", VectorsBench.class, Map.of(), "sum",
                        "sumUnrolled", Double.NaN,
                        "no goal, shown for comparison: one running sum waits for each addition to finish;"
                                + " four independent ones keep the adder busy"),
                new Comparison("parallel vs sequential logistic regression", LogisticRegressionBench.class,
                        Map.of(), "sequential", "parallel", Double.NaN,
                        "no goal in issue 7, shown: 200,000 rows of 16 features, 20 iterations, each split by"
                                + " rows over one thread per core"));
    }

    /** The average time of one call of {@code bench.method}, in milliseconds. */
    private static double measure(Class<?> bench, Map<String, String> params, String method)
            throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        params.forEach(builder::param);
        // A fixed heap: the transposes allocate 128 MB per call, and a heap that grows mid-run adds noise.
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms2g", "-Xmx2g"));
        if (Runtime.version().feature() >= 24) {
            // JMH 1.37 reads fields through sun.misc.Unsafe; JDK 24+ warns about it once per fork otherwise.
            jvmArgs.add("--sun-misc-unsafe-memory-access=allow");
        }
        builder.jvmArgsAppend(jvmArgs.toArray(String[]::new));
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
