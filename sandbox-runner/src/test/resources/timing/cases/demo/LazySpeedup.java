package demo;

import dev.amdahl.grading.SpeedupCase;
import java.util.function.LongSupplier;

/** An output that does its work only when asked: the fingerprint asks, and takes 200 ms at least. */
public final class LazySpeedup implements SpeedupCase<long[], LongSupplier> {

    @Override
    public String name() {
        return "summing lazily";
    }

    @Override
    public long[] input(int size, long seed) {
        return new long[size];
    }

    @Override
    public int defaultSize() {
        return 10;
    }

    @Override
    public LongSupplier sequential(long[] input) {
        return () -> Sum.sequential(input);
    }

    @Override
    public LongSupplier parallel(long[] input, int threads) {
        return () -> Sum.sequential(input);
    }

    @Override
    public boolean check(long[] input, LongSupplier output) {
        return output.getAsLong() == Sum.sequential(input);
    }

    @Override
    public String fingerprint(LongSupplier output) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return String.valueOf(output.getAsLong());
    }
}
