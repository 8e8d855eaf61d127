package dev.amdahl.exercises.processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The processes started since this object was made, directly or not: every descendant of the tests' JVM that
 * was not there before. Closing it kills those still running, so that no test leaves one behind.
 *
 * <p>It looks at the descendants every {@link #POLL} while it is open, and remembers each one it saw. A process
 * whose parent is killed is no longer a descendant of the JVM (it now belongs to init), which is exactly what
 * a timeout that kills only the program leaves behind; remembered, it is killed all the same.
 */
final class StartedProcesses implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);
    /** How long {@link #close} waits for a killed process to be gone. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final Set<Long> before = ProcessHandle.current().descendants().map(ProcessHandle::pid)
            .collect(Collectors.toSet());
    /** Every new process seen, by pid: a handle knows its start time, so a reused pid is not mistaken for it. */
    private final Map<Long, ProcessHandle> seen = new ConcurrentHashMap<>();
    private final Thread watcher;

    /** Every process any of them saw, for the last clean-up when the JVM ends. */
    private static final Set<ProcessHandle> EVER_SEEN = ConcurrentHashMap.newKeySet();

    static {
        // The last resort, should the JVM end while a test still runs (or code under test, abandoned after its
        // time limit, started one more process after the test ended): kill what is still running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.current().descendants().forEach(EVER_SEEN::add);
            EVER_SEEN.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }, "leftover-processes-at-exit"));
    }

    StartedProcesses() {
        watcher = Thread.ofPlatform().daemon().name("leftover-processes").start(this::watch);
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            look();
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Remembers the descendants that are new. */
    private void look() {
        ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid()))
                .forEach(p -> {
                    if (seen.putIfAbsent(p.pid(), p) == null) {
                        EVER_SEEN.add(p);
                    }
                });
    }

    /** The new processes still running, whether or not they are still descendants of the JVM. */
    List<ProcessHandle> running() {
        look();
        return seen.values().stream().filter(StartedProcesses::isRunning).toList();
    }

    /** Waits up to {@code limit} for every new process to end; the ones still running then. */
    List<ProcessHandle> runningAfter(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<ProcessHandle> running = running();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            running = running();
        }
        return running;
    }

    /** How a list of processes reads in a message: pid and command. */
    static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.pid() + " (" + p.info().commandLine().map(StartedProcesses::shorten)
                .orElse("?") + ")").collect(Collectors.joining(", "));
    }

    private static String shorten(String commandLine) {
        // The tests' program has a long class path; its class name and what follows say enough.
        int program = commandLine.indexOf(ChildProgram.class.getName());
        String shown = program < 0 ? commandLine : "java … " + commandLine.substring(program);
        return shown.length() <= 100 ? shown : shown.substring(0, 100) + "…";
    }

    /**
     * Alive and not a zombie: a process that has ended but whose parent has not yet collected its exit code
     * still counts as alive to {@link ProcessHandle#isAlive()}, though it runs nothing.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        if (!Files.isDirectory(Path.of("/proc", "self"))) {
            return true; // no /proc (macOS): trust isAlive
        }
        try {
            String line = Files.readString(stat);
            int name = line.lastIndexOf(')'); // the program's name, in parentheses, may hold spaces
            return name < 0 || name + 2 >= line.length() || line.charAt(name + 2) != 'Z';
        } catch (IOException e) {
            return false; // gone since isAlive
        }
    }

    /**
     * Kills every new process still running, and any it started meanwhile, and waits briefly for them to be
     * gone. Returns the ones still running after that (none, unless the operating system refused).
     */
    List<ProcessHandle> killAll() throws InterruptedException {
        List<ProcessHandle> killed = new ArrayList<>();
        for (int round = 0; round < 5; round++) { // a process may start another while the others are killed
            List<ProcessHandle> running = running();
            if (running.isEmpty()) {
                break;
            }
            running.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(running);
        }
        // Waits by looking rather than with onExit(): a killed process whose parent is gone ends as a zombie
        // until init collects it, and onExit() waits for that.
        long deadline = System.nanoTime() + KILL_WAIT.toNanos();
        while (killed.stream().anyMatch(StartedProcesses::isRunning) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return killed.stream().filter(StartedProcesses::isRunning).distinct().toList();
    }

    /** Stops looking for new processes; those seen so far are still killed by {@link #killAll}. */
    void stopWatching() {
        watcher.interrupt();
    }

    @Override
    public void close() {
        stopWatching();
        try {
            killAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // killed all the same; only the wait for them to be gone was cut short
        }
    }
}
