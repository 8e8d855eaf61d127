package dev.amdahl.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Times your parallel version against your sequential version on your own machine, for an exercise that declares
 * a {@link SpeedupCase} (in its tests). It warms both up on other inputs, then runs them in turn on a fresh input
 * per trial, checks every parallel answer with {@link SpeedupCase#check}, and prints the medians, the speedup,
 * the efficiency and the serial fraction from Amdahl's law. These are the local machine's numbers, not a grade:
 * the grader times the submission's parallel version against the reference's sequential one.
 *
 * <p>Usage (each exercise's README gives the Maven command that runs it):
 *
 * <pre>
 * java -cp CLASSPATH dev.amdahl.grading.SpeedupTimer [--package P] CASE [--size N] [--trials N] [--threads N]
 *     [--seed N]
 * </pre>
 *
 * <p>Exit codes: 0 timed, 1 a wrong answer or a failure of the code being timed, 2 a bad command line.
 */
public final class SpeedupTimer {

    /** Warm-up runs of each side, on inputs of their own, before anything is timed. */
    static final int WARM_UPS = 2;

    /** Trials unless {@code --trials} says otherwise: odd, so that the median is one of them. */
    static final int DEFAULT_TRIALS = 7;

    static final String USAGE = """
            Usage: SpeedupTimer CASE [--size N] [--trials N] [--threads N] [--seed N]
              CASE         the exercise's timing declaration (a SpeedupCase in its tests), e.g. PrimeCountingSpeedup
              --size N     the size of each input (default: the case's, about a second on one core)
              --trials N   how many timed trials (default: %d)
              --threads N  how many threads your parallel version gets (default: one per core, here %d)
              --seed N     the seed of the first trial's input (default: a random one); trial i uses seed N + i - 1
              --package P  where to look for CASE when it is not a full class name
            With Maven, from the root of your copy (the exercise's README has the command):
              ./mvnw -q -pl exercises/EXERCISE -am test-compile exec:exec -Dspeedup="CASE --trials 9"
            """;

    /** Every fingerprint's length is added here, so that the JIT cannot leave out any timed work. */
    private static long sink;

    private SpeedupTimer() {
    }

    /**
     * Times a case and exits with 0 when it was timed, 1 when the code being timed failed or gave a wrong answer,
     * 2 when the command line was wrong.
     *
     * @param args the command line (see the class comment)
     */
    public static void main(String[] args) {
        int code = run(args, Thread.currentThread().getContextClassLoader(), System.out);
        System.out.flush();
        // Also ends a pool that the code being timed left running, which would keep this JVM alive.
        System.exit(code);
    }

    /**
     * Parses the command line, finds the case and times it.
     *
     * @param args   the command line
     * @param loader where to find the case
     * @param out    where to print
     * @return the exit code
     */
    static int run(String[] args, ClassLoader loader, PrintStream out) {
        Options options;
        SpeedupCase<?, ?> timing;
        try {
            options = Options.parse(args);
            if (options.help()) {
                out.printf(Locale.ROOT, USAGE, DEFAULT_TRIALS, Runtime.getRuntime().availableProcessors());
                return 0;
            }
            timing = findCase(options.name(), options.packageName(), loader);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println();
            out.printf(Locale.ROOT, USAGE, DEFAULT_TRIALS, Runtime.getRuntime().availableProcessors());
            return 2;
        }
        return time(timing, options, out);
    }

    /**
     * Warms up, then times {@code timing}'s sequential and parallel versions in turn, and prints every trial and
     * the summary.
     *
     * @param timing  what to time
     * @param options the size, trials, threads and seed (the case's defaults where not given)
     * @param out     where to print
     * @return 0 when timed, 1 when a run failed or gave a wrong answer
     */
    static <I, O> int time(SpeedupCase<I, O> timing, Options options, PrintStream out) {
        int size = options.size() > 0 ? options.size() : timing.defaultSize();
        int threads = options.threads() > 0 ? options.threads() : timing.threads();
        int trials = options.trials() > 0 ? options.trials() : DEFAULT_TRIALS;
        long seed = options.seed() != null ? options.seed() : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        int cores = Runtime.getRuntime().availableProcessors();
        out.print(SpeedupReport.header(timing.name(), size, threads, cores, trials, WARM_UPS, seed));
        out.flush();
        long[] sequentialNanos = new long[trials];
        long[] parallelNanos = new long[trials];
        try {
            out.print("  warming up ...");
            out.flush();
            for (int w = 0; w < WARM_UPS; w++) {
                // Seeds before the first trial's, so that no trial repeats a warm-up's input.
                long warmUpSeed = seed - WARM_UPS + w;
                I input = input(timing, size, warmUpSeed);
                sequential(timing, input, warmUpSeed);
                Timed<O> parallel = parallel(timing, input, threads, warmUpSeed);
                check(timing, input, parallel.output(), warmUpSeed);
            }
            out.println(" done");
            for (int t = 0; t < trials; t++) {
                long trialSeed = seed + t;
                I input = input(timing, size, trialSeed);
                Timed<O> parallel;
                // Interleaved, and in turn which side goes first, so that a busy moment hits both sides alike.
                if (t % 2 == 0) {
                    sequentialNanos[t] = sequential(timing, input, trialSeed).nanos();
                    parallel = parallel(timing, input, threads, trialSeed);
                } else {
                    parallel = parallel(timing, input, threads, trialSeed);
                    sequentialNanos[t] = sequential(timing, input, trialSeed).nanos();
                }
                parallelNanos[t] = parallel.nanos();
                check(timing, input, parallel.output(), trialSeed);
                out.print(SpeedupReport.trial(t + 1, trials, trialSeed, sequentialNanos[t], parallelNanos[t]));
                out.flush();
            }
        } catch (TimedCodeFailed e) {
            out.println();
            out.println(e.getMessage());
            if (e.getCause() != null && !(e.getCause() instanceof UnsupportedOperationException)) {
                e.getCause().printStackTrace(out);
            }
            return 1;
        }
        out.print(SpeedupReport.summary(SpeedupStatistics.of(sequentialNanos, parallelNanos, threads), cores));
        return 0;
    }

    /** A timed run's output, and how long the run and the output's fingerprint took. */
    record Timed<O>(O output, long nanos) {
    }

    private static <I, O> I input(SpeedupCase<I, O> timing, int size, long seed) {
        try {
            return timing.input(size, seed);
        } catch (RuntimeException e) {
            throw new TimedCodeFailed("Making the input for seed " + seed + " failed: " + e, e);
        }
    }

    private static <I, O> Timed<O> sequential(SpeedupCase<I, O> timing, I input, long seed) {
        System.gc();
        try {
            long start = System.nanoTime();
            O output = timing.sequential(input);
            // The fingerprint is taken inside the timed run, as the grader does: a lazy output is timed in full.
            sink += timing.fingerprint(output).length();
            return new Timed<>(output, Math.max(1, System.nanoTime() - start));
        } catch (Exception e) {
            throw failed("sequential", e, seed);
        }
    }

    private static <I, O> Timed<O> parallel(SpeedupCase<I, O> timing, I input, int threads, long seed) {
        System.gc();
        try {
            long start = System.nanoTime();
            O output = timing.parallel(input, threads);
            sink += output == null ? 0 : timing.fingerprint(output).length();
            return new Timed<>(output, Math.max(1, System.nanoTime() - start));
        } catch (Exception e) {
            throw failed("parallel", e, seed);
        }
    }

    private static <I, O> void check(SpeedupCase<I, O> timing, I input, O output, long seed) {
        boolean right;
        try {
            right = timing.check(input, output);
        } catch (RuntimeException e) {
            // check compares with the sequential version's answer, so it fails when that version does.
            throw failed("sequential", e, seed);
        }
        if (!right) {
            throw new TimedCodeFailed(String.format(Locale.ROOT, "Your parallel version gave a wrong answer for seed "
                    + "%d: the timing is meaningless until it is right. Run the exercise's tests to find out what "
                    + "is wrong; --seed %d --trials 1 repeats this input.", seed, seed), null);
        }
    }

    private static TimedCodeFailed failed(String side, Exception e, long seed) {
        if (e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).startsWith("TODO")) {
            return new TimedCodeFailed("Your " + side + " version is not written yet: " + e.getMessage(), e);
        }
        return new TimedCodeFailed("Your " + side + " version failed on the input for seed " + seed + ": " + e, e);
    }

    /** The code being timed failed or gave a wrong answer: the message says which, in a student's words. */
    static final class TimedCodeFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TimedCodeFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Finds a case by its full class name, or by its simple name in {@code packageName}.
     *
     * @param name        a full or simple class name; empty to list the package's cases in the error
     * @param packageName where to look for a simple name; may be empty
     * @param loader      where to load it from
     * @return a new instance of the case
     * @throws IllegalArgumentException if there is no such case, with the cases that there are
     */
    static SpeedupCase<?, ?> findCase(String name, String packageName, ClassLoader loader) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Which case? " + casesIn(packageName, loader));
        }
        String className = name.contains(".") || packageName.isEmpty() ? name : packageName + "." + name;
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("There is no class " + className + ". " + casesIn(packageName,
                    loader));
        }
        if (!SpeedupCase.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(className + " is not a SpeedupCase. " + casesIn(packageName, loader));
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return (SpeedupCase<?, ?>) constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalArgumentException(className + " needs a public constructor without arguments.");
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Creating " + className + " failed: " + e.getCause());
        }
    }

    /** The cases found in {@code packageName}, as a sentence for an error message. */
    static String casesIn(String packageName, ClassLoader loader) {
        List<String> cases = listCases(packageName, loader);
        if (packageName.isEmpty()) {
            return "Give a case's full class name, e.g. dev.amdahl.exercises.threadpools.PrimeCountingSpeedup.";
        }
        if (cases.isEmpty()) {
            return "This exercise (" + packageName + ") declares no SpeedupCase: nothing of it is timed.";
        }
        return "This exercise declares: " + String.join(", ", cases) + ".";
    }

    /**
     * The simple names of the public, concrete {@link SpeedupCase}s in {@code packageName}, among the classes in
     * folders on the class path (where an exercise's compiled tests are), sorted.
     */
    static List<String> listCases(String packageName, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        if (packageName.isEmpty()) {
            return List.of();
        }
        try {
            Enumeration<URL> folders = loader.getResources(packageName.replace('.', '/'));
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if (!"file".equals(folder.getProtocol())) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
                    files.map(file -> file.getFileName().toString())
                            .filter(file -> file.endsWith(".class") && !file.contains("$"))
                            .map(file -> file.substring(0, file.length() - ".class".length()))
                            .filter(simple -> isCase(packageName + "." + simple, loader))
                            .forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            return List.of();
        }
        return new ArrayList<>(names);
    }

    private static boolean isCase(String className, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(className, false, loader);
            return SpeedupCase.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
                    && !Modifier.isAbstract(type.getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The command line.
     *
     * @param name        the case, a simple or a full class name; empty if none was given
     * @param packageName where to look for a simple name; empty if none was given
     * @param size        the size of each input; 0 for the case's default
     * @param trials      how many trials; 0 for {@link #DEFAULT_TRIALS}
     * @param threads     how many threads; 0 for the case's default (one per core)
     * @param seed        the first trial's seed; null for a random one
     * @param help        whether only the usage was asked for
     */
    record Options(String name, String packageName, int size, int trials, int threads, Long seed, boolean help) {

        /**
         * Reads {@code CASE [--size N] [--trials N] [--threads N] [--seed N] [--package P] [--help]}, each option
         * also as {@code --size=N}.
         *
         * @param args the command line
         * @return the options
         * @throws IllegalArgumentException with a message for the student if the command line is wrong
         */
        static Options parse(String[] args) {
            String name = "";
            String packageName = "";
            int size = 0;
            int trials = 0;
            int threads = 0;
            Long seed = null;
            boolean help = false;
            List<String> words = new ArrayList<>();
            for (String arg : args) {
                // Maven passes an empty word for an empty -Dspeedup, and may pass several in one.
                for (String word : arg.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (!word.startsWith("--")) {
                    if (!name.isEmpty()) {
                        throw new IllegalArgumentException("Only one case at a time: " + name + " or " + word + "?");
                    }
                    name = word;
                    continue;
                }
                String option = word;
                String value = null;
                int equals = word.indexOf('=');
                if (equals >= 0) {
                    option = word.substring(0, equals);
                    value = word.substring(equals + 1);
                } else if (!word.equals("--help") && i + 1 < words.size()) {
                    value = words.get(++i);
                }
                switch (option) {
                    case "--help" -> help = true;
                    case "--size" -> size = positive(option, value);
                    case "--trials" -> trials = positive(option, value);
                    case "--threads" -> threads = positive(option, value);
                    case "--seed" -> seed = number(option, value);
                    case "--package" -> packageName = required(option, value);
                    default -> throw new IllegalArgumentException("Unknown option " + option + ".");
                }
            }
            return new Options(name, packageName, size, trials, threads, seed, help);
        }

        private static String required(String option, String value) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value.");
            }
            return value;
        }

        private static long number(String option, String value) {
            try {
                return Long.parseLong(required(option, value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not \"" + value + "\".");
            }
        }

        private static int positive(String option, String value) {
            long number = number(option, value);
            if (number < 1 || number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(option + " needs a number from 1 to " + Integer.MAX_VALUE
                        + ", not " + value + ".");
            }
            return (int) number;
        }
    }
}
