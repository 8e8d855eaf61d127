package dev.amdahl.exercises.processes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Throws if the run's seed is anywhere the code under test can read it. */
final class SeedHunt {

    private SeedHunt() {
    }

    static void check() {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.toLowerCase(Locale.ROOT).contains("seed")) {
                throw new IllegalStateException("found the seed in system property " + key);
            }
        }
        for (String key : System.getenv().keySet()) {
            if (key.toLowerCase(Locale.ROOT).contains("seed")) {
                throw new IllegalStateException("found the seed in variable " + key);
            }
        }
        for (String file : new String[] {"/proc/self/cmdline", "/proc/self/environ"}) {
            try {
                String text = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
                if (text.contains("amdahl.seed=") || text.contains("SEED=")) {
                    throw new IllegalStateException("found the seed in " + file);
                }
            } catch (IOException e) {
                // unreadable: nothing found there
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("/work"))) {
            for (Path file : files.filter(f -> f.getFileName() != null && (f.startsWith("/work/private")
                    || f.getFileName().toString().toLowerCase(Locale.ROOT).equals("seed"))).toList()) {
                if (Files.isRegularFile(file) && Files.isReadable(file)) {
                    throw new IllegalStateException("found the seed in " + file);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder it may not read: nothing found there
        }
    }
}
