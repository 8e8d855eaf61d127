package dev.amdahl.exercises.threadpools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Lecture: {@code ThreadPool(4).map(my_function, my_array)} gives the same list as the sequential loop. */
@DisplayName("ParallelMap maps on a pool of threads, in order, and leaves no thread behind")
@Order(1)
class ParallelMapTest {

    /** Distinct random numbers, and for each one a random delay; the first one is the slowest of all. */
    private record Work(List<Integer> inputs, List<Integer> delays) {

        static Work random(int size) {
            Random random = Seed.random();
            List<Integer> inputs = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            while (inputs.size() < size) {
                int input = random.nextInt(1_000_000);
                if (!inputs.contains(input)) {
                    delays.add(inputs.isEmpty() ? 150 : random.nextInt(30));
                    inputs.add(input);
                }
            }
            return new Work(inputs, delays);
        }

        /** A function that answers slowly, each input after its own delay. */
        Function<Integer, String> slowFunction() {
            return x -> {
                Workers.sleep(delays.get(inputs.indexOf(x)));
                return "f(" + x + ") = " + (x * 7L + 3);
            };
        }

        List<String> expected() {
            return inputs.stream().map(x -> "f(" + x + ") = " + (x * 7L + 3)).toList();
        }
    }

    @Test
    @Points(1)
    @DisplayName("sequentialMap applies the function to each input, in order")
    @Order(1)
    void sequentialMapInOrder() {
        Work work = Work.random(20);
        Thread caller = Thread.currentThread();
        Workers workers = new Workers();

        List<String> results = ParallelMap.sequentialMap(workers.watch(work.slowFunction()), work.inputs());

        assertEquals(work.expected(), results, "sequentialMap should give one result per input, the one for the "
                + "i-th input at index i (lecture: the sequential loop, results.append(my_function(item))).");
        assertTrue(workers.besides(caller).isEmpty(), "sequentialMap should run the function on the calling "
                + "thread, one input after the other; it ran on " + Workers.describe(workers.besides(caller)));
        assertEquals(List.of(), ParallelMap.sequentialMap(x -> x, List.of()), "No inputs, no results.");
    }

    @Test
    @Points(3)
    @DisplayName("parallelMap returns the results in input order, even when later inputs finish first")
    @Order(2)
    void parallelMapKeepsInputOrder() {
        Work work = Work.random(40);
        Thread caller = Thread.currentThread();
        Workers workers = new Workers();

        List<String> results = ParallelMap.parallelMap(workers.watch(work.slowFunction()), work.inputs(), 4);

        assertFalse(workers.besides(caller).isEmpty(), "parallelMap should run the function on the threads of a "
                + "pool (an ExecutorService), not on the calling thread.");
        assertEquals(work.expected(), results, "parallelMap should return the results in the order of the inputs, "
                + "like pool.map in the lecture, not in the order they finish. The first input here takes 150 ms, "
                + "the others under 30 ms: keep the Futures in input order and get() them in that order.");
        assertEquals(List.of(), ParallelMap.parallelMap(x -> x, List.of(), 2), "No inputs, no results.");
    }

    @Test
    @Points(2)
    @DisplayName("parallelMap uses as many threads as I ask for, and never more at once")
    @Order(3)
    void parallelMapUsesTheGivenThreads() {
        Work work = Work.random(24);
        Thread caller = Thread.currentThread();
        Workers workers = new Workers();

        List<String> results = ParallelMap.parallelMap(workers.watch(x -> {
            Workers.sleep(40);
            return work.slowFunction().apply(x);
        }), work.inputs(), 3);

        assertEquals(work.expected(), results, "parallelMap should return the results in the order of the inputs.");
        assertTrue(workers.maxInFlight() <= 3, "With threads = 3, at most 3 calls should run at once, but "
                + workers.maxInFlight() + " did: the pool should have exactly `threads` threads "
                + "(Executors.newFixedThreadPool(threads)).");
        assertTrue(workers.besides(caller).size() <= 3, "With threads = 3, the function should run on at most 3 "
                + "threads, but it ran on " + Workers.describe(workers.besides(caller)));
        assertTrue(workers.maxInFlight() >= 2, "With threads = 3 and 24 inputs of at least 40 ms each, calls "
                + "should run at the same time, but never more than " + workers.maxInFlight() + " did: submit "
                + "every task first, and only then wait for the results.");
    }

    @Test
    @Points(3)
    @DisplayName("when the function fails, parallelMap says on which input, the first one in input order")
    @Order(4)
    void parallelMapNamesTheFailedInput() {
        Work work = Work.random(30);
        int early = work.inputs().get(5);
        int late = work.inputs().get(20);
        List<RuntimeException> thrown = new ArrayList<>();
        Function<Integer, String> function = x -> {
            if (x == early) {
                Workers.sleep(300);
            }
            if (x == early || x == late) {
                RuntimeException failure = new IllegalArgumentException("cannot handle " + x);
                synchronized (thrown) {
                    thrown.add(failure);
                }
                throw failure;
            }
            return work.slowFunction().apply(x);
        };

        MapFailedException failure = assertThrows(MapFailedException.class,
                () -> ParallelMap.parallelMap(function, work.inputs(), 4), "parallelMap should throw a "
                + "MapFailedException when the function throws on an input.");

        assertEquals(early, failure.input(), "Inputs " + early + " (6th) and " + late + " (21st) both fail; "
                + "the 21st fails first, the 6th 300 ms later. parallelMap should report the first failure in "
                + "input order, the 6th, as a sequential map would: get() the Futures in input order.");
        RuntimeException original = thrown.stream().filter(e -> e.getMessage().endsWith(" " + early)).findFirst()
                .orElseThrow();
        assertInstanceOf(IllegalArgumentException.class, failure.getCause(), "The cause of the MapFailedException "
                + "should be what the function threw, not the ExecutionException around it (use e.getCause()).");
        assertSame(original, failure.getCause(), "The cause of the MapFailedException should be the very "
                + "exception the function threw on input " + early + ".");
    }

    @Test
    @Points(2)
    @DisplayName("after parallelMap returns, no thread of its pool is left alive")
    @Order(5)
    void noThreadLeftAfterSuccess() throws InterruptedException {
        Work work = Work.random(16);
        Thread caller = Thread.currentThread();
        Workers workers = new Workers();

        List<String> results = ParallelMap.parallelMap(workers.watch(work.slowFunction()), work.inputs(), 4);

        assertEquals(work.expected(), results, "parallelMap should return the results in the order of the inputs.");
        assertFalse(workers.besides(caller).isEmpty(), "parallelMap should run the function on the threads of a "
                + "pool (an ExecutorService), not on the calling thread.");
        List<Thread> alive = workers.aliveAfter(caller, 2_000);
        assertTrue(alive.isEmpty(), "2 s after parallelMap returned, the threads of its pool are still alive: "
                + Workers.describe(alive) + ". A pool that is not shut down keeps its threads waiting for more "
                + "work forever; shut it down in a finally block (pool.shutdown()), or create it in a "
                + "try-with-resources statement, whose close() waits for the tasks given, then ends the threads.");
    }

    @Test
    @Points(2)
    @DisplayName("when the function fails, parallelMap still leaves no thread of its pool alive")
    @Order(6)
    void noThreadLeftAfterFailure() throws InterruptedException {
        Work work = Work.random(16);
        int bad = work.inputs().get(3);
        Thread caller = Thread.currentThread();
        Workers workers = new Workers();
        Function<Integer, String> function = workers.watch(x -> {
            if (x == bad) {
                throw new IllegalStateException("cannot handle " + x);
            }
            return work.slowFunction().apply(x);
        });

        assertThrows(MapFailedException.class, () -> ParallelMap.parallelMap(function, work.inputs(), 4),
                "parallelMap should throw a MapFailedException when the function throws on an input.");

        assertFalse(workers.besides(caller).isEmpty(), "parallelMap should run the function on the threads of a "
                + "pool (an ExecutorService), not on the calling thread.");
        List<Thread> alive = workers.aliveAfter(caller, 2_000);
        assertTrue(alive.isEmpty(), "2 s after parallelMap threw, the threads of its pool are still alive: "
                + Workers.describe(alive) + ". When a task fails, parallelMap leaves by an exception: shut the "
                + "pool down in a finally block, or create it in a try-with-resources statement, so that it is "
                + "shut down on every way out.");
    }
}
