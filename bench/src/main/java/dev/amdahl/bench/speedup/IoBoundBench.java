package dev.amdahl.bench.speedup;

import dev.amdahl.exercises.threadpools.IoBound;
import dev.amdahl.exercises.threadpools.ParallelMap;
import dev.amdahl.exercises.threadpools.SimulatedNetwork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The threadpools reference on IO-bound work: {@link #TASKS} simulated network calls that each wait
 * {@link #LATENCY_MILLIS} ms, one after another, on a pool of {@link #THREADS} threads, and on one virtual
 * thread each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IoBoundBench {

    static final int TASKS = 32;
    static final int THREADS = 8;
    static final int LATENCY_MILLIS = 10;

    private List<String> urls;
    private SimulatedNetwork network;

    /** The task URLs and a simulated network that answers each after {@link #LATENCY_MILLIS} ms. */
    @Setup
    public void setUp() {
        urls = IntStream.range(0, TASKS).mapToObj(i -> "https://example.test/" + i).toList();
        network = new SimulatedNetwork(Duration.ofMillis(LATENCY_MILLIS));
    }

    /** The baseline: the calls one after another. */
    @Benchmark
    public List<String> sequential() {
        return ParallelMap.sequentialMap(network::fetch, urls);
    }

    /** A pool of {@link #THREADS} threads. */
    @Benchmark
    public List<String> pool() {
        return IoBound.fetchAll(urls, THREADS, network);
    }

    /** One virtual thread per call. */
    @Benchmark
    public List<String> virtualThreads() {
        return IoBound.fetchAllVirtual(urls, network);
    }

    /** The best a pool of {@code threads} can do over {@code tasks} equal waits: the waits go in rounds. */
    static double idealSpeedup(int tasks, int threads) {
        int rounds = (tasks + threads - 1) / threads;
        return (double) tasks / rounds;
    }
}
