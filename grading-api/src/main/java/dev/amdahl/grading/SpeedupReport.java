package dev.amdahl.grading;

import java.util.Locale;

/**
 * What {@link SpeedupTimer} prints, in a student's words: pure formatting of given numbers, so that it is tested
 * without timing anything.
 */
final class SpeedupReport {

    /** Trials whose speedups disagree more than this (interquartile range over median) are called noisy. */
    static final double NOISY_SPREAD = 0.2;

    /** A speedup below this, with two threads or more, is called slower than sequential (below 1: noise). */
    static final double SLOWER = 0.9;

    /** A speedup below this, with two threads or more, is called hardly faster. */
    static final double HARDLY_FASTER = 1.2;

    /** An efficiency above this is called better than linear. */
    static final double SUPERLINEAR = 1.1;

    /** The longest line of a paragraph. */
    static final int WIDTH = 100;

    private SpeedupReport() {
    }

    /**
     * The first lines: what is timed, and how.
     *
     * @param name     the case's name
     * @param size     the size of each input
     * @param threads  the threads the parallel version is given
     * @param cores    the cores this JVM may use
     * @param trials   how many trials
     * @param warmUps  how many warm-up runs of each side
     * @param seed     the seed of the first trial
     * @return the lines, each ending in a line break
     */
    static String header(String name, int size, int threads, int cores, int trials, int warmUps, long seed) {
        return format("Timing %s%n", name)
                + format("  on THIS machine: Java %s, %d core%s%n", Runtime.version().feature(), cores, plural(cores))
                + format("  size %,d, %d thread%s, %d trials (seeds %d to %d), after %d warm-up run%s of each side%n",
                        size, threads, plural(threads), trials, seed, seed + trials - 1, warmUps, plural(warmUps));
    }

    /**
     * One trial's line.
     *
     * @param trial           from 1
     * @param trials          how many
     * @param seed            its input's seed
     * @param sequentialNanos the sequential run's time
     * @param parallelNanos   the parallel run's time
     * @return the line, with a line break
     */
    static String trial(int trial, int trials, long seed, long sequentialNanos, long parallelNanos) {
        return format("  trial %d of %d (seed %d): sequential %s, parallel %s, speedup %.2f, answer checked%n",
                trial, trials, seed, millis(sequentialNanos / 1e6), millis(parallelNanos / 1e6),
                (double) sequentialNanos / parallelNanos);
    }

    /**
     * The summary: medians and ranges, speedup, efficiency, serial fraction, hints, and what the grade is made of.
     *
     * @param stats the trials' statistics
     * @param cores the cores this JVM may use
     * @return the lines, each ending in a line break
     */
    static String summary(SpeedupStatistics stats, int cores) {
        int threads = stats.threads();
        StringBuilder text = new StringBuilder();
        text.append(format("%nOn THIS machine, the median of %d trials (fastest to slowest in brackets):%n",
                stats.trials()));
        text.append(format("  your sequential version  %12s  (%s to %s)%n", millis(stats.sequentialMedianMillis()),
                millis(stats.sequentialMinMillis()), millis(stats.sequentialMaxMillis())));
        text.append(format("  your parallel version    %12s  (%s to %s)%n", millis(stats.parallelMedianMillis()),
                millis(stats.parallelMinMillis()), millis(stats.parallelMaxMillis())));
        text.append(format("  speedup                  %12s  (%.2f to %.2f): your sequential time over your parallel "
                + "time%n", format("%.2f", stats.speedup()), stats.speedupMin(), stats.speedupMax()));
        text.append(format("  efficiency               %12s  the speedup over %d thread%s: 100 %% if every thread "
                + "computes all the time%n", percent(stats.efficiency()), threads, plural(threads)));
        if (threads >= 2) {
            String fraction = percent(stats.serialFraction());
            text.append(format("  serial fraction          %12s  Amdahl's law: about %s of your program still runs on "
                    + "one core%n", fraction, fraction));
        } else {
            text.append(format("  serial fraction          %12s  with one thread there is nothing to share: run with "
                    + "--threads 2 or more%n", "-"));
        }
        text.append(hints(stats, cores));
        text.append(paragraph("These are this machine's numbers, not your grade. The grader times your parallel "
                + "version against the reference's sequential one, on its own machine: a slow sequential version of "
                + "yours cannot make your speedup look better there."));
        return text.toString();
    }

    /** What the numbers suggest, if anything stands out; empty if nothing does. */
    static String hints(SpeedupStatistics stats, int cores) {
        StringBuilder text = new StringBuilder();
        int threads = stats.threads();
        if (cores < 2) {
            text.append(paragraph("Java may use only one core here, so no parallel version can be faster: the threads "
                    + "take turns on it. Time it on a machine with two cores or more."));
        } else if (threads > cores) {
            text.append(paragraph(format("You gave it %d threads on %d cores: the threads beyond %d take turns with "
                    + "the others, so work that only computes cannot get more than %d times faster.", threads, cores,
                    cores, cores)));
        }
        if (threads >= 2 && cores >= 2 && stats.speedup() < SLOWER) {
            text.append(paragraph("Your parallel version is slower than your sequential one. Threads that wait for "
                    + "each other (one lock, a synchronized method or a shared counter in the innermost loop) or many "
                    + "tiny tasks cost more than the extra cores give. (Or another program kept a core busy, and your "
                    + "threads took turns on the other: close it and run again.)"));
        } else if (threads >= 2 && cores >= 2 && stats.speedup() < HARDLY_FASTER) {
            text.append(paragraph("Your parallel version is hardly faster, if at all. Is the work really shared (one "
                    + "task per part, not one task for everything), and do the threads work without waiting for each "
                    + "other?"));
        }
        if (threads >= 2 && stats.efficiency() > SUPERLINEAR) {
            text.append(paragraph(format("More than %d times faster on %d threads: the sequential runs paid for "
                    + "something the parallel ones did not, such as collecting more garbage at once, or data that fits "
                    + "the caches only once it is split. Amdahl's law leaves such effects out, so it shows 0 %%.",
                    threads, threads)));
        }
        if (stats.spread() > NOISY_SPREAD) {
            text.append(paragraph(format("The trials disagree a lot (speedups from %.2f to %.2f): something else was "
                    + "busy on this machine. Close other programs and run it again, or with more trials (--trials 15).",
                    stats.speedupMin(), stats.speedupMax())));
        }
        return text.toString();
    }

    /** {@code text} after an empty line, its lines broken between words to at most {@value #WIDTH} characters. */
    static String paragraph(String text) {
        StringBuilder lines = new StringBuilder(System.lineSeparator());
        int lineStart = lines.length();
        for (String word : text.split(" ")) {
            if (lines.length() > lineStart && lines.length() - lineStart + 1 + word.length() > WIDTH) {
                lines.append(System.lineSeparator());
                lineStart = lines.length();
            } else if (lines.length() > lineStart) {
                lines.append(' ');
            }
            lines.append(word);
        }
        return lines.append(System.lineSeparator()).toString();
    }

    /** Milliseconds with one decimal and thousands separators, e.g. {@code "1,234.5 ms"}. */
    static String millis(double millis) {
        return format("%,.1f ms", millis);
    }

    /** A fraction as a whole percentage, e.g. {@code "93 %"}. */
    static String percent(double fraction) {
        return format("%.0f %%", 100 * fraction);
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
