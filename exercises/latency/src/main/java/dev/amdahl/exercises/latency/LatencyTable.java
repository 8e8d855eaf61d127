package dev.amdahl.exercises.latency;

import java.util.List;

/**
 * The lecture's latency table ("Latency numbers every programmer should know", after Jeff Dean and Peter
 * Norvig), as data. This class is complete; you do not need to change it.
 */
public final class LatencyTable {

    /** The table's 12 rows, in the lecture's order, with the lecture's names and nanoseconds. */
    public static final List<Latency> LECTURE = List.of(
            new Latency("L1 cache reference", 0.5),
            new Latency("L2 cache reference", 7.0),
            new Latency("Main memory reference", 100.0),
            new Latency("Compress 1K bytes with Zippy", 3_000.0),
            new Latency("Send 1K bytes over 1 Gbps network", 10_000.0),
            new Latency("Read 4K randomly from SSD", 150_000.0),
            new Latency("Read 1 MB sequentially from memory", 250_000.0),
            new Latency("Round trip within same datacenter", 500_000.0),
            new Latency("Read 1 MB sequentially from SSD", 1_000_000.0),
            new Latency("Disk seek", 10_000_000.0),
            new Latency("Read 1 MB sequentially from disk", 20_000_000.0),
            new Latency("Send packet CA → Netherlands → CA", 150_000_000.0));

    private LatencyTable() {
    }

    /**
     * The row of {@link #LECTURE} with this name.
     *
     * @param event the name, exactly as in the table
     * @return the row
     * @throws IllegalArgumentException if the table has no such row
     */
    public static Latency find(String event) {
        for (Latency latency : LECTURE) {
            if (latency.event().equals(event)) {
                return latency;
            }
        }
        throw new IllegalArgumentException("the lecture's table has no row \"" + event + "\"");
    }
}
