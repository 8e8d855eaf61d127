package demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A submission: sums of longs, on one thread and on several. */
public final class Sum {

    private Sum() {
    }

    public static long sequential(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    public static long parallel(long[] values, int threads) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            int chunk = (values.length + threads - 1) / threads;
            for (int from = 0; from < values.length; from += chunk) {
                int start = from;
                int end = Math.min(values.length, from + chunk);
                parts.add(pool.submit(() -> {
                    long sum = 0;
                    for (int i = start; i < end; i++) {
                        sum += values[i];
                    }
                    return sum;
                }));
            }
            long sum = 0;
            for (Future<Long> part : parts) {
                sum += part.get();
            }
            return sum;
        } finally {
            pool.shutdown();
        }
    }

    /** A buggy version: one of its tasks throws. */
    public static long parallelBroken(long[] values, int threads) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<Long> part = pool.submit(() -> {
                if (values.length > 0) {
                    throw new IllegalStateException("a partial sum was lost");
                }
                return 0L;
            });
            return part.get();
        } finally {
            pool.shutdown();
        }
    }

    /** A version that never stops recursing. */
    public static long recursive(long[] values, int from) {
        return values[from % values.length] + recursive(values, from + 1);
    }
}
