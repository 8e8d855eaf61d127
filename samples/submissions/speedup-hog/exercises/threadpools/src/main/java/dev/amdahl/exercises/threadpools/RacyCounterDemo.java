package dev.amdahl.exercises.threadpools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Shows lost updates: 8 tasks on a pool of 8 threads each increment one {@link RacyCounter} 200,000 times,
 * and the counter ends up with fewer than 1,600,000. Run it a few times; how many updates are lost changes
 * from run to run (see the exercise README). This class is complete; you do not need to change it.
 */
public final class RacyCounterDemo {

    private static final int THREADS = 8;
    private static final int INCREMENTS = 200_000;

    private RacyCounterDemo() {
    }

    /**
     * Counts with a {@link RacyCounter} from many threads and prints what got lost.
     *
     * @param args not used
     * @throws Exception if a task fails
     */
    public static void main(String[] args) throws Exception {
        for (int run = 1; run <= 5; run++) {
            RacyCounter counter = new RacyCounter();
            try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
                List<Future<?>> tasks = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    tasks.add(pool.submit(() -> {
                        for (int i = 0; i < INCREMENTS; i++) {
                            counter.increment();
                        }
                    }));
                }
                for (Future<?> task : tasks) {
                    task.get();
                }
            }
            long expected = (long) THREADS * INCREMENTS;
            System.out.printf("run %d: expected %,d, counted %,d: %,d updates lost%n", run, expected,
                    counter.get(), expected - counter.get());
        }
    }
}
