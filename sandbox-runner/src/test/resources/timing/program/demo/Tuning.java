package demo;

/** Part of the submission that a speedup case needs while it is set up. */
public final class Tuning {

    private Tuning() {
    }

    public static int chunksPerThread() {
        return 4;
    }
}
