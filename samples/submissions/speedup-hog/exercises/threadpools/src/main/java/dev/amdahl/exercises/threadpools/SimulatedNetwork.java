package dev.amdahl.exercises.threadpools;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network whose every call takes the same time, as if the answer came from far away, and that counts how
 * many calls are waiting for their answer at the same moment. A call does no work on the CPU while it waits:
 * it sleeps, as a thread waiting for a network or a disk does. This class is complete; you do not need to
 * change it.
 */
public final class SimulatedNetwork {

    private final Duration latency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    /**
     * A network whose calls each take {@code latency}.
     *
     * @param latency how long each call waits for its answer
     */
    public SimulatedNetwork(Duration latency) {
        this.latency = latency;
    }

    /**
     * Fetches {@code url}: waits for the latency, then answers. Safe to call from many threads at once.
     *
     * @param url what to fetch
     * @return the answer, {@code "response to " + url}
     * @throws CancellationException when the calling thread is interrupted while it waits
     */
    public String fetch(String url) {
        calls.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(latency);
            return response(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while fetching " + url);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /**
     * The answer {@link #fetch(String)} gives for {@code url}, without the wait.
     *
     * @param url what would be fetched
     * @return {@code "response to " + url}
     */
    public static String response(String url) {
        return "response to " + url;
    }

    /**
     * The most calls that were waiting for their answer at the same moment, so far.
     *
     * @return the most calls in flight at once
     */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /**
     * How many calls were made, so far.
     *
     * @return the number of calls to {@link #fetch(String)}
     */
    public int calls() {
        return calls.get();
    }
}
