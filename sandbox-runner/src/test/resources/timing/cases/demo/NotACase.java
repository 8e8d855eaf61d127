package demo;

/** A test helper, not a speedup case. */
public final class NotACase {

    public long sum(long[] values) {
        return Sum.sequential(values);
    }
}
