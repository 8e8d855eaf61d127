package dev.amdahl.grader.timing;

import dev.amdahl.grading.SpeedupCase;
import java.util.BitSet;
import java.util.function.LongSupplier;

/**
 * The seeds of one timing session: unpredictable, and all different modulo {@link SpeedupCase#DISTINCT_SEEDS}, so
 * that no two timed inputs share work (a case may pick its input's window by the seed modulo that number).
 */
final class FreshSeeds implements LongSupplier {

    /** Draws before a source that keeps repeating itself is given up on. */
    private static final int MAX_DRAWS = 100_000;

    private final LongSupplier source;
    private final BitSet used = new BitSet(SpeedupCase.DISTINCT_SEEDS);

    FreshSeeds(LongSupplier source) {
        this.source = source;
    }

    @Override
    public long getAsLong() {
        if (used.cardinality() == SpeedupCase.DISTINCT_SEEDS) {
            throw new IllegalStateException("more than " + SpeedupCase.DISTINCT_SEEDS + " inputs in one timing");
        }
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            long seed = source.getAsLong();
            int residue = Math.floorMod(seed, SpeedupCase.DISTINCT_SEEDS);
            if (!used.get(residue)) {
                used.set(residue);
                return seed;
            }
        }
        throw new IllegalStateException("the seed source keeps giving seeds already used");
    }
}
