package dev.amdahl.grading;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A tiny case for {@link SpeedupTimerTest}: summing random numbers, on one thread and split over a pool. */
public class SummingSpeedup implements SpeedupCase<long[], Long> {

    @Override
    public String name() {
        return "summing numbers";
    }

    @Override
    public long[] input(int size, long seed) {
        return new Random(seed).longs(size, 0, 1_000).toArray();
    }

    @Override
    public int defaultSize() {
        return 10_000;
    }

    @Override
    public Long sequential(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    @Override
    public Long parallel(long[] values, int threads) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            Future<Long> firstHalf = pool.submit(() -> sum(values, 0, values.length / 2));
            Future<Long> secondHalf = pool.submit(() -> sum(values, values.length / 2, values.length));
            return firstHalf.get() + secondHalf.get();
        }
    }

    private static long sum(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }

    @Override
    public boolean check(long[] values, Long output) {
        return output != null && output.longValue() == sequential(values).longValue();
    }

    @Override
    public String fingerprint(Long output) {
        return String.valueOf(output);
    }
}
