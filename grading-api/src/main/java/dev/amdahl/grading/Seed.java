package dev.amdahl.grading;

import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random test inputs that can be repeated. Tests draw tokens, exit codes and sizes from {@link #random()},
 * so that no answer can be written into the code in advance; the grader chooses the seed for each run and
 * records it with the result, so a disputed grade can be run again with the very same inputs. In the sandbox the
 * runner hands it over ({@link #use}) before any submitted code is loaded, never as a system property or on the
 * command line, which the code under test could read. Outside it, system property {@value #PROPERTY} sets it;
 * without the property (a student's {@code mvn test}) the seed is new each run.
 */
public final class Seed {

    public static final String PROPERTY = "amdahl.seed";

    private static final AtomicLong DRAWS = new AtomicLong();
    private static volatile Long chosen;

    private Seed() {
    }

    /**
     * Sets this run's seed; for the sandbox's runner, before any test runs. Once the seed is set or used, it
     * stays: a second call with another seed fails.
     */
    public static synchronized void use(long seed) {
        if (chosen != null && chosen != seed) {
            throw new IllegalStateException("this run's seed is already " + chosen);
        }
        chosen = seed;
    }

    /** This run's seed. */
    public static long value() {
        Long seed = chosen;
        if (seed == null) {
            synchronized (Seed.class) {
                if (chosen == null) {
                    chosen = fromProperty();
                }
                seed = chosen;
            }
        }
        return seed;
    }

    /** Whether this run has a seed yet: set by {@link #use}, or chosen when a test first drew from it. */
    public static boolean isChosen() {
        return chosen != null;
    }

    /** A new generator; the n-th call in a run always gets the same one for the same seed. */
    public static Random random() {
        return new Random(value() * 0x9E3779B97F4A7C15L + DRAWS.incrementAndGet());
    }

    private static long fromProperty() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            try {
                return Long.parseLong(property.strip());
            } catch (NumberFormatException e) {
                // not a number: a fresh seed is still correct, only not repeatable
            }
        }
        return new SecureRandom().nextLong();
    }
}
