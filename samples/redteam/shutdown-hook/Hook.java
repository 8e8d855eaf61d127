package dev.amdahl.exercises.processes;

/** A shutdown hook that never lets the JVM exit. */
final class Hook {

    private static boolean installed;

    private Hook() {
    }

    static synchronized void install() {
        if (!installed) {
            installed = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("0 {\"event\":\"finished\",\"millis\":1}");
                while (true) {
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException ignored) {
                        // never stop
                    }
                }
            }));
        }
    }
}
