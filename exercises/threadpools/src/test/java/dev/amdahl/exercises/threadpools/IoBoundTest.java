package dev.amdahl.exercises.threadpools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Lecture: networks are really slow, and while a thread waits for one, switching to another task keeps the CPU
 * working. These tests count how many calls wait at the same moment; they never measure time.
 */
@DisplayName("IoBound keeps many network calls waiting at once")
@Order(2)
class IoBoundTest {

    private static final Duration LATENCY = Duration.ofMillis(200);

    private static List<String> urls(int count) {
        Random random = Seed.random();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add("https://example.org/" + i + "/" + Long.toHexString(random.nextLong()));
        }
        return urls;
    }

    @Test
    @Points(2)
    @DisplayName("fetchAll with 6 threads keeps 6 calls in flight at once, answers in order, and leaves no thread")
    @Order(1)
    void fetchAllKeepsThreadsCallsInFlight() throws InterruptedException {
        List<String> urls = urls(18);
        SimulatedNetwork network = new SimulatedNetwork(LATENCY);

        List<List<String>> result = new ArrayList<>();
        List<Thread> left = Workers.leftBehindBy(() -> result.add(IoBound.fetchAll(urls, 6, network)), 2_000);
        List<String> answers = result.get(0);

        assertEquals(urls.stream().map(SimulatedNetwork::response).toList(), answers, "fetchAll should return "
                + "the answer to each URL, in the order of the URLs.");
        assertEquals(urls.size(), network.calls(), "fetchAll should fetch each URL exactly once.");
        assertTrue(network.maxInFlight() <= 6, "With threads = 6, at most 6 calls should wait at once, but "
                + network.maxInFlight() + " did: use a pool of exactly 6 threads.");
        assertEquals(6, network.maxInFlight(), "With 6 threads and 18 calls of 200 ms each, 6 calls should wait "
                + "for the network at the same moment, but at most " + network.maxInFlight() + " did. A thread "
                + "that waits uses no core, so even on 2 cores, 6 threads can all be waiting at once (lecture: "
                + "switching between tasks can keep our CPU working). Submit every call, then collect the answers.");
        assertTrue(left.isEmpty(), "2 s after fetchAll returned, threads it started are still alive: "
                + Workers.describe(left) + ". A pool that is not shut down keeps its threads waiting for more work "
                + "forever; shut it down in a finally block (pool.shutdown()), or create it in a try-with-resources "
                + "statement.");
    }

    @Test
    @Points(2)
    @DisplayName("fetchAllVirtual keeps most of 150 calls in flight at once, on virtual threads")
    @Order(2)
    void fetchAllVirtualKeepsMostCallsInFlight() {
        List<String> urls = urls(150);
        SimulatedNetwork network = new SimulatedNetwork(LATENCY);

        List<String> answers = IoBound.fetchAllVirtual(urls, network);

        assertEquals(urls.stream().map(SimulatedNetwork::response).toList(), answers, "fetchAllVirtual should "
                + "return the answer to each URL, in the order of the URLs.");
        assertEquals(urls.size(), network.calls(), "fetchAllVirtual should fetch each URL exactly once.");
        assertTrue(network.maxInFlight() >= 100, "150 calls, each on a virtual thread of its own, should nearly "
                + "all wait for the network at the same moment, but at most " + network.maxInFlight() + " did. "
                + "A virtual thread that waits gives its carrier thread back, so thousands of them can wait at "
                + "once: use Executors.newVirtualThreadPerTaskExecutor(), one task per URL, and submit them all "
                + "before you collect the answers.");
    }

    @Test
    @Points(2)
    @DisplayName("recommendedThreads picks many threads for waiting tasks, about one per core for computing ones")
    @Order(3)
    void recommendedThreadsFollowsTheWaiting() {
        int manyWaiting = IoBound.recommendedThreads(1_000, Duration.ofMillis(100), Duration.ofMillis(1), 2);
        assertTrue(manyWaiting >= 20 && manyWaiting <= 1_000, "1,000 tasks that each wait 100 ms and compute 1 ms, "
                + "on 2 cores: a core is busy only 1 % of the time with one such thread, so far more threads than "
                + "cores (about 2 × (1 + 100 / 1) = 202) keep the cores busy; got " + manyWaiting + ".");

        int computing = IoBound.recommendedThreads(1_000, Duration.ZERO, Duration.ofMillis(10), 4);
        assertTrue(computing >= 4 && computing <= 5, "1,000 tasks that never wait, on 4 cores: more threads than "
                + "cores only take turns on the same cores, so 4 (or 5) threads; got " + computing + ".");

        int fewTasks = IoBound.recommendedThreads(5, Duration.ofSeconds(1), Duration.ofMillis(1), 8);
        assertEquals(5, fewTasks, "5 tasks that mostly wait, on 8 cores: one thread per task, and no more, since "
                + "a sixth thread would have no task.");

        int fewComputing = IoBound.recommendedThreads(3, Duration.ZERO, Duration.ofMillis(1), 8);
        assertEquals(3, fewComputing, "3 tasks that never wait, on 8 cores: 3 threads, one per task.");
    }
}
