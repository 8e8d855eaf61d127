package dev.amdahl.runner;

import dev.amdahl.grading.SpeedupCase;
import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.TimingCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --timing CASE_CLASS}: times one {@link SpeedupCase} of the course's compiled tests on the submission's
 * code, as the grader asks over standard input.
 *
 * <p>The submission compiles in a javac of its own and is scanned for forbidden APIs, as for a normal run; the tests
 * are not compiled here, they come compiled and read-only ({@code --test-classes}). The case is loaded from them,
 * with the submission's classes from memory, and instantiated; then the runner announces {@link
 * RunnerEvent.TimingReady} and answers each {@link TimingCommand} in order, on this one thread: a run makes its input
 * (untimed, and kept for the next command on the same size and seed), collects garbage (untimed), then times the
 * side's call together with the fingerprint of its output, so that an output that leaves its work for later is timed
 * in full. A run that throws, or answers null, is a {@link RunnerEvent.TimingFailed} and the loop goes on. A command
 * that cannot be read is the grader's mistake: {@link RunnerEvent.RunnerFailed}, and the runner stops. {@link
 * TimingCommand.Quit}, or the end of the commands, ends with {@link RunnerEvent.Finished}.
 *
 * <p>The inputs of a case must not be changed by its sides: an input is reused by the next command on the same size
 * and seed (the other side, or the check of an answer).
 */
final class TimingRun {

    /** A failure's message is for a student: this long at most. */
    static final int MAX_MESSAGE_CHARS = 2_000;
    /** Stack frames of the exercise's own code shown per exception. */
    static final int MAX_FRAMES = 5;
    /** Causes shown after the exception itself. */
    static final int MAX_CAUSES = 3;
    /** Stands for the frames of a method that called itself. */
    private static final String RECURSION = "\n\t... the same call, again and again";
    /** The name {@link ExerciseClassLoader} gives itself, which the exercise's stack frames carry. */
    private static final String EXERCISE_LOADER = "exercise";

    private final SpeedupCase<Object, Object> speedupCase;
    private final EventChannel channel;
    private InputKey cachedKey;
    private Object cachedInput;

    private record InputKey(int size, long seed) {
    }

    private TimingRun(SpeedupCase<Object, Object> speedupCase, EventChannel channel) {
        this.speedupCase = speedupCase;
        this.channel = channel;
    }

    /**
     * @param commands where the grader's commands come from: the process's real standard input (which the
     *                 submission cannot read: its {@code System.in} is empty)
     */
    static int run(SandboxRunner.Options options, EventChannel channel, InputStream commands) throws Exception {
        long start = System.nanoTime();
        Path exercise = options.exercise();
        ExerciseBuild.Result main = ExerciseBuild.compileMain(exercise, options.build(),
                new ForkedJavac(options.compileTimeout()));
        if (main instanceof ExerciseBuild.Failed failed) {
            channel.write(new RunnerEvent.CompileFailed(failed.stage(), failed.diagnostics()));
            return SandboxRunner.EXIT_NOT_RUN;
        }
        ExerciseBuild.Built built = (ExerciseBuild.Built) main;
        // No submitted class may take the name of a test class: neither one the sources name nor one compiled.
        Map<String, byte[]> testClasses = ClassBytes.read(options.testClasses());
        Set<String> reserved = new HashSet<>(SandboxRunner.testClassNames(exercise.resolve("src/test/java")));
        reserved.addAll(ClassBytes.topLevelNames(testClasses));
        java.util.List<String> forbidden = ForbiddenApis.check(built.classes(), options.allows(), reserved);
        if (!forbidden.isEmpty()) {
            channel.write(new RunnerEvent.Rejected(forbidden));
            return SandboxRunner.EXIT_NOT_RUN;
        }
        // Read right after the scan, before any submitted code runs (see ExerciseClassLoader).
        Map<String, byte[]> submission = ClassBytes.read(built.classes());

        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        try (ExerciseClassLoader loader = ExerciseClassLoader.of(submission, options.testClasses(),
                built.testResources(), TimingRun.class.getClassLoader())) {
            current.setContextClassLoader(loader);
            Loaded loaded = load(options.timingCase(), loader);
            switch (loaded) {
                case CourseMistake mistake -> {
                    channel.write(new RunnerEvent.RunnerFailed(mistake.message()));
                    return SandboxRunner.EXIT_RUNNER_FAILED;
                }
                case DoesNotFit misfit -> {
                    channel.write(new RunnerEvent.CompileFailed("tests", misfit.message()));
                    return SandboxRunner.EXIT_NOT_RUN;
                }
                case Ready ready -> {
                    channel.write(new RunnerEvent.Compiled((System.nanoTime() - start) / 1_000_000));
                    channel.write(new RunnerEvent.TimingReady(ready.name(), ready.defaultSize(),
                            Runtime.getRuntime().availableProcessors()));
                    return new TimingRun(ready.speedupCase(), channel).serve(commands);
                }
            }
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** What loading the case came to. */
    private sealed interface Loaded {
    }

    /** The case is loaded and set up. */
    private record Ready(SpeedupCase<Object, Object> speedupCase, String name, int defaultSize) implements Loaded {
    }

    /** The course declared the case wrongly: the same for every submission. */
    private record CourseMistake(String message) implements Loaded {
    }

    /**
     * The case is declared right, but could not be set up with this submission's code (a class or member it uses
     * is missing, or code it calls while it is set up threw): as if the tests did not compile against it.
     */
    private record DoesNotFit(String message) implements Loaded {
    }

    @SuppressWarnings("unchecked")
    private static Loaded load(String caseClass, ClassLoader loader) {
        String what = "The speedup case " + caseClass;
        Class<?> type;
        try {
            type = Class.forName(caseClass, false, loader);
        } catch (ClassNotFoundException e) {
            return new CourseMistake(what + " is not among the compiled tests.");
        } catch (LinkageError e) {
            rethrowIfFatal(e);
            return new DoesNotFit(what + " could not be loaded with your code: " + describe(e));
        }
        if (!SpeedupCase.class.isAssignableFrom(type)) {
            return new CourseMistake(what + " does not implement " + SpeedupCase.class.getName() + ".");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return new CourseMistake(what + " is abstract: it must be a class that can be instantiated.");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            return new CourseMistake(what + " is not public: it must be a public class with a public "
                    + "no-argument constructor.");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            return new CourseMistake(what + " has no public no-argument constructor.");
        } catch (LinkageError e) {
            rethrowIfFatal(e);
            return new DoesNotFit(what + " could not be loaded with your code: " + describe(e));
        }
        SpeedupCase<Object, Object> instance;
        try {
            instance = (SpeedupCase<Object, Object>) constructor.newInstance();
        } catch (InvocationTargetException e) {
            rethrowIfFatal(e.getCause());
            return new DoesNotFit(what + " could not be set up with your code: " + describe(e.getCause()));
        } catch (ReflectiveOperationException e) {
            return new CourseMistake(what + " cannot be instantiated: " + e);
        } catch (Throwable e) { // its static initializer failed, or a class it needs is missing or does not fit
            rethrowIfFatal(e);
            return new DoesNotFit(what + " could not be set up with your code: " + describe(e));
        }
        try {
            return new Ready(instance, instance.name(), instance.defaultSize());
        } catch (Throwable e) {
            rethrowIfFatal(e);
            return new CourseMistake(what + " does not tell its name or default size: " + e);
        }
    }

    /** Answers commands until {@link TimingCommand.Quit} or the end of {@code commands}. */
    private int serve(InputStream commands) throws IOException {
        long start = System.nanoTime();
        BufferedReader reader = new BufferedReader(new InputStreamReader(commands, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Optional<TimingCommand> command = TimingCommand.decode(line);
            if (command.isEmpty()) {
                channel.write(new RunnerEvent.RunnerFailed("unreadable timing command: " + abbreviate(line, 200)));
                return SandboxRunner.EXIT_RUNNER_FAILED;
            }
            switch (command.get()) {
                case TimingCommand.Run run -> channel.write(run(run));
                case TimingCommand.Check check -> channel.write(check(check));
                case TimingCommand.Quit quit -> {
                    return finish(start);
                }
            }
            Thread.interrupted(); // an interrupt the submission left behind must not reach the next run
        }
        return finish(start); // the grader went away: as if it had said quit
    }

    private int finish(long start) {
        cachedInput = null;
        channel.write(new RunnerEvent.Finished((System.nanoTime() - start) / 1_000_000));
        return SandboxRunner.EXIT_TESTS_RAN;
    }

    private RunnerEvent run(TimingCommand.Run run) {
        boolean sequential = TimingCommand.SEQUENTIAL.equals(run.side());
        int threads = sequential ? 1 : run.threads();
        Object input;
        try {
            input = input(run.size(), run.seed());
        } catch (Throwable e) {
            rethrowIfFatal(e);
            return failed(run, "its input could not be made: " + describe(e));
        }
        System.gc(); // each run starts from a heap without the garbage of the runs before
        Object output;
        String fingerprint;
        long nanos;
        try {
            long start = System.nanoTime();
            output = sequential ? speedupCase.sequential(input) : speedupCase.parallel(input, threads);
            fingerprint = output == null ? null : speedupCase.fingerprint(output);
            nanos = System.nanoTime() - start;
        } catch (Throwable e) {
            rethrowIfFatal(e);
            return failed(run, describe(e));
        }
        if (output == null) {
            return failed(run, "the " + run.side() + " version returned null");
        }
        if (fingerprint == null) {
            return failed(run, "the fingerprint of its output was null");
        }
        return new RunnerEvent.Timed(run.side(), run.size(), run.seed(), threads, nanos, fingerprint);
    }

    private RunnerEvent.Checked check(TimingCommand.Check check) {
        boolean matches;
        try {
            matches = speedupCase.matches(input(check.size(), check.seed()), check.expected(), check.actual());
        } catch (Throwable e) {
            rethrowIfFatal(e);
            matches = false;
        }
        return new RunnerEvent.Checked(check.size(), check.seed(), matches);
    }

    /** The input of {@code size} and {@code seed}: the one kept from the command before, or a fresh one. */
    private Object input(int size, long seed) {
        InputKey key = new InputKey(size, seed);
        if (!key.equals(cachedKey)) {
            cachedKey = null;
            cachedInput = null; // let the old input go before the new one is made: they can be large
            cachedInput = speedupCase.input(size, seed);
            cachedKey = key;
        }
        return cachedInput;
    }

    private static RunnerEvent.TimingFailed failed(TimingCommand.Run run, String message) {
        return new RunnerEvent.TimingFailed(run.side(), run.size(), run.seed(), abbreviate(message, MAX_MESSAGE_CHARS));
    }

    /**
     * Out of memory and the JVM's own failures end the runner, as they end a normal run; a stack overflow is the
     * submission's (deep recursion) and the JVM survives it.
     */
    private static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError error && !(e instanceof StackOverflowError)) {
            throw error;
        }
    }

    /**
     * {@code e} as a student can read it: its class and message, then those of its causes, each with the first
     * few stack frames of the exercise's own code (the submission's and the tests'), none of the runner's or the
     * JDK's.
     */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        int causes = 0;
        for (Throwable t = e; t != null && seen.add(t) && causes <= MAX_CAUSES; t = t.getCause(), causes++) {
            if (t != e) {
                text.append("\nCaused by: ");
            }
            text.append(t);
            int frames = 0;
            StackTraceElement last = null;
            boolean recursing = false;
            for (StackTraceElement frame : t.getStackTrace()) {
                if (!EXERCISE_LOADER.equals(frame.getClassLoaderName())) {
                    continue;
                }
                if (last != null && sameMethod(last, frame)) {
                    // a method calling itself, or a generic method's bridge: once is enough
                    recursing |= last.getLineNumber() == frame.getLineNumber();
                    continue;
                }
                if (recursing) {
                    text.append(RECURSION);
                    recursing = false;
                }
                if (frames == MAX_FRAMES) {
                    break;
                }
                text.append("\n\tat ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                        .append('(').append(frame.getFileName() == null ? "Unknown Source"
                                : frame.getFileName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : ""))
                        .append(')');
                last = frame;
                frames++;
            }
            if (recursing) {
                text.append(RECURSION);
            }
        }
        return abbreviate(text.toString(), MAX_MESSAGE_CHARS);
    }

    private static boolean sameMethod(StackTraceElement a, StackTraceElement b) {
        return a.getClassName().equals(b.getClassName()) && a.getMethodName().equals(b.getMethodName());
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
