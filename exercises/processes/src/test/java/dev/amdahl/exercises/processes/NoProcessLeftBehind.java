package dev.amdahl.exercises.processes;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Kills, after each test, every process the test started, directly or through the code under test, even when the
 * test failed or timed out: no test leaves a program running after {@code mvn test} (see
 * {@link StartedProcesses}). Every test class that starts processes carries
 * {@code @ExtendWith(NoProcessLeftBehind.class)}; {@code StartedProcessesTest} checks that none lacks it.
 *
 * <p>It only cleans up. Whether code under test should have ended a process itself is for the tests to say (the
 * timeout tests do, as the README asks).
 */
final class NoProcessLeftBehind implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NoProcessLeftBehind.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(StartedProcesses.class, new StartedProcesses());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        StartedProcesses leftovers = context.getStore(NAMESPACE).remove(StartedProcesses.class, StartedProcesses.class);
        if (leftovers == null) {
            return;
        }
        leftovers.stopWatching();
        List<ProcessHandle> survivors = leftovers.killAll();
        if (!survivors.isEmpty()) {
            // Not the student's fault: the operating system did not end them. Say so where the run's output is.
            System.err.println("[processes tests] could not kill " + StartedProcesses.describe(survivors) + " after "
                    + context.getDisplayName());
        }
    }
}
