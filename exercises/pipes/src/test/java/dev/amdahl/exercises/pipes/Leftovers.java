package dev.amdahl.exercises.pipes;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processes a test started, directly or not: every descendant of the tests' JVM that was not there
 * when the test began. Closing it kills those still running, so that no test leaves one behind.
 */
final class Leftovers implements AutoCloseable {

    private final Set<Long> before = ProcessHandle.current().descendants().map(ProcessHandle::pid)
            .collect(Collectors.toSet());

    /** The processes started since this object was made that are still running. */
    List<ProcessHandle> alive() {
        return ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid()))
                .filter(ProcessHandle::isAlive).toList();
    }

    /** Waits up to {@code limit} for every new process to end; the ones still running then. */
    List<ProcessHandle> aliveAfter(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<ProcessHandle> alive = alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            alive = alive();
        }
        return alive;
    }

    /** How a list of processes reads in a message: pid and command. */
    static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.pid() + " (" + p.info().command().orElse("?") + ")")
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> alive = alive();
        alive.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : alive) {
            try {
                process.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // killed all the same; nothing more to do
            }
        }
    }
}
