package demo;

import dev.amdahl.grading.SpeedupCase;
import java.util.Arrays;

/**
 * Goes wrong on request. Input: seed 13 throws. Parallel on 2 threads: the submission's task throws; on 3: null; on
 * 4: the submission overflows the stack; on 5: the fingerprint is null; otherwise the submission's sum. Matches
 * throws when the expected fingerprint is "boom".
 */
public final class FaultySpeedup implements SpeedupCase<long[], Long> {

    @Override
    public String name() {
        return "going wrong";
    }

    @Override
    public long[] input(int size, long seed) {
        if (seed == 13) {
            throw new IllegalArgumentException("no input for an unlucky seed");
        }
        long[] values = new long[size];
        Arrays.fill(values, 1);
        return values;
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
        return switch (threads) {
            case 2 -> Sum.parallelBroken(input, threads);
            case 3 -> null;
            case 4 -> Sum.recursive(input, 0);
            case 5 -> Long.MIN_VALUE;
            default -> Sum.parallel(input, threads);
        };
    }

    @Override
    public boolean check(long[] input, Long output) {
        return output != null && output == Sum.sequential(input);
    }

    @Override
    public String fingerprint(Long output) {
        return output == Long.MIN_VALUE ? null : String.valueOf(output);
    }

    @Override
    public boolean matches(long[] input, String expected, String actual) {
        if (expected.equals("boom")) {
            throw new IllegalStateException("boom");
        }
        return expected.equals(actual);
    }
}
