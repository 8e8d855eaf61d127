package dev.amdahl.runner;

import org.jacoco.core.runtime.RuntimeData;

/**
 * Where the program's instrumented classes get their probe arrays while a coverage run records. Public only
 * because those classes, in the exercise's class loader, call {@link #probes}; a student's tests cannot, for
 * {@code dev.amdahl.runner} is forbidden to them.
 *
 * <p>JaCoCo's ready-made runtimes hand the arrays over through a channel any code in the JVM can reach
 * ({@code LoggerRuntime} through a {@code java.util.logging} logger, {@code SystemPropertiesRuntime} through a
 * system property): a test could ask for an array there and mark every probe as run.
 */
public final class CoverageProbes {

    private static volatile RuntimeData recording;

    private CoverageProbes() {
    }

    /** Called from the instrumented classes once each, as they initialize. */
    public static boolean[] probes(long classId, String className, int probeCount) {
        RuntimeData data = recording;
        return data == null ? new boolean[probeCount]
                : data.getExecutionData(classId, className, probeCount).getProbes();
    }

    /** From now on, probes are recorded in {@code data}. */
    static void recordIn(RuntimeData data) {
        recording = data;
    }
}
