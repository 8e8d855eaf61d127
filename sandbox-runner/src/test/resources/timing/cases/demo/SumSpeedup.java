package demo;

import dev.amdahl.grading.SpeedupCase;
import java.util.Random;

/** Sums random longs; counts the inputs it makes in the system property timing.inputs. */
public final class SumSpeedup implements SpeedupCase<long[], Long> {

    @Override
    public String name() {
        return "summing longs: Sum.parallel against Sum.sequential";
    }

    @Override
    public long[] input(int size, long seed) {
        System.setProperty("timing.inputs", String.valueOf(Integer.getInteger("timing.inputs", 0) + 1));
        return new Random(seed).longs(size, 0, 1_000).toArray();
    }

    @Override
    public int defaultSize() {
        return 1_000;
    }

    @Override
    public Long sequential(long[] input) {
        return Sum.sequential(input);
    }

    @Override
    public Long parallel(long[] input, int threads) throws Exception {
        return Sum.parallel(input, threads);
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
