package demo;

import dev.amdahl.grading.SpeedupCase;

/** Answers the first byte its JVM's System.in gives: -1 in the sandbox, where the grader's commands stay private. */
public final class StdinSpeedup implements SpeedupCase<Integer, Integer> {

    @Override
    public String name() {
        return "reading standard input";
    }

    @Override
    public Integer input(int size, long seed) {
        return size;
    }

    @Override
    public int defaultSize() {
        return 1;
    }

    @Override
    public Integer sequential(Integer input) throws Exception {
        return System.in.read();
    }

    @Override
    public Integer parallel(Integer input, int threads) throws Exception {
        return System.in.read();
    }

    @Override
    public boolean check(Integer input, Integer output) {
        return true;
    }

    @Override
    public String fingerprint(Integer output) {
        return String.valueOf(output);
    }
}
