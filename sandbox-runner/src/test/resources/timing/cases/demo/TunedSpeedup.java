package demo;

import dev.amdahl.grading.SpeedupCase;

/** Asks the submission how to split the work while it is set up. */
public final class TunedSpeedup implements SpeedupCase<long[], Long> {

    private final int chunksPerThread = Tuning.chunksPerThread();

    @Override
    public String name() {
        return "summing in " + chunksPerThread + " chunks per thread";
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
    public Long sequential(long[] input) {
        return Sum.sequential(input);
    }

    @Override
    public Long parallel(long[] input, int threads) throws Exception {
        return Sum.parallel(input, threads * chunksPerThread);
    }

    @Override
    public boolean check(long[] input, Long output) {
        return output != null && output == Sum.sequential(input);
    }

    @Override
    public String fingerprint(Long output) {
        return String.valueOf(output);
    }
}
