package dev.amdahl.exercises.threadpools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amdahl.grading.Points;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Lecture: a child thread and its parent share the same memory, so two threads can update it at once. */
@DisplayName("SafeCounter loses no update, however many threads count at once")
@Order(4)
class SafeCounterTest {

    private static final int THREADS = 8;
    private static final int INCREMENTS = 200_000;

    @Test
    @Points(3)
    @DisplayName("8 threads × 200,000 increments count exactly 1,600,000, every time")
    @Order(1)
    void countsExactlyUnderContention() throws Exception {
        for (int round = 1; round <= 3; round++) {
            SafeCounter counter = new SafeCounter();
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
                List<Future<?>> tasks = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    tasks.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < INCREMENTS; i++) {
                            counter.increment();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> task : tasks) {
                    task.get();
                }
            }
            assertEquals((long) THREADS * INCREMENTS, counter.get(), "Round " + round + ": " + THREADS
                    + " threads each incremented " + INCREMENTS + " times, but the counter lost "
                    + ((long) THREADS * INCREMENTS - counter.get()) + " updates. count++ is read, add, write: two "
                    + "threads that read the same value both write the same value plus one (run RacyCounterDemo). "
                    + "Use an AtomicLong (incrementAndGet), a lock (synchronized), or a LongAdder.");
        }
    }
}
