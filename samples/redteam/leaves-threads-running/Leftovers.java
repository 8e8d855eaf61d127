package dev.amdahl.exercises.processes;

/** Threads that never end. */
final class Leftovers {

    private Leftovers() {
    }

    static void start() {
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException ignored) {
                        // never stop
                    }
                }
            }, "leftover-" + i);
            thread.setDaemon(false);
            thread.start();
        }
    }
}
