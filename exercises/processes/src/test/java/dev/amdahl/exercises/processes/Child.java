package dev.amdahl.exercises.processes;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the command lines that start {@link ChildProgram} with the same Java as the tests, and hands the
 * program what it should do.
 *
 * <p><b>Why the actions are not on the command line.</b> {@code Subprocess} sees the whole command it is asked
 * to run. Were the actions on it ({@code out hello-3f2a}), code could recognise the test's program, print
 * {@code hello-3f2a} itself and never start a process. So the command line carries only a folder of the tests
 * and a fresh random name (and, where a test is about arguments, those arguments), and the actions come
 * through that folder, only to a process that really runs the command:
 * <ol>
 * <li>the program, once running, writes {@code NAME-PID.ready} into the folder (PID is its own) and waits;</li>
 * <li>a thread of the tests asks the operating system about that pid: is it running, was it started by the
 *     tests' JVM (or by a process that the JVM started), does it run this {@code java} with exactly this
 *     command line? Only then does it write the actions to {@code NAME-PID.actions};</li>
 * <li>the program reads them, deletes the file, and does them.</li>
 * </ol>
 * Until the real program runs, its actions exist only in the tests' memory: there is nothing to read in the
 * folder, and a {@code .ready} file from anyone else, or another program started to look like this one, gets
 * nothing. The texts the tests expect back are fresh for every run ({@code Seed}) and travel only this way, so
 * only the output of the program that really ran can match them.
 */
final class Child {

    /** How long a command hands out its actions when no process has come for them. */
    private static final Duration UNUSED = Duration.ofMinutes(2);
    /** How long after the last process it served has ended a command stops handing out its actions. */
    private static final Duration AFTER_LAST_RUN = Duration.ofSeconds(2);

    private Child() {
    }

    /** A command that starts the program; it will do {@code actions} (see {@link ChildProgram}). */
    static List<String> command(String... actions) {
        return commandWithArguments(List.of(), actions);
    }

    /**
     * A command that starts the program with {@code arguments} at the end of its command line; the action
     * {@code arg N} prints the N-th of them.
     */
    static List<String> commandWithArguments(List<String> arguments, String... actions) {
        Handouts handouts = Handouts.INSTANCE;
        String name = Long.toHexString(handouts.names.nextLong() & Long.MAX_VALUE);
        List<String> command = java(ChildProgram.ACTIONS_FROM, handouts.folder.toString(), name);
        command.addAll(arguments);
        handouts.add(name, new Handout(command, List.of(actions)));
        return command;
    }

    /** A command that starts the program to sleep for {@code millis}; it needs no actions. */
    static List<String> sleeping(long millis) {
        return java("sleep", String.valueOf(millis));
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx64m",
                "-cp", classpath(), ChildProgram.class.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String classpath() {
        try {
            return Path.of(ChildProgram.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the test classes", e);
        }
    }

    /** Writes a file whole or not at all: the program waits for its name and reads it as soon as it appears. */
    private static void publish(Path file, byte[] content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, content);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One command's actions, handed out to every process that really runs the command. */
    private static final class Handout {

        private final List<String> command;
        private final List<String> actions;
        private final long made = System.nanoTime();
        private final Set<Long> answered = new HashSet<>();
        private final List<ProcessHandle> served = new ArrayList<>();
        private long lastRunning = made;

        Handout(List<String> command, List<String> actions) {
            this.command = command;
            this.actions = actions;
        }

        /** Writes {@code pid} its actions, once, or why it gets none. */
        void answer(long pid, Path folder, String name) throws IOException {
            if (!answered.add(pid)) {
                return;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            String refusal = process.isPresent() ? refusal(process.get()) : "it is not running";
            if (refusal != null) {
                publish(folder.resolve(name + "-" + pid + ChildProgram.REFUSED), refusal.getBytes(UTF_8));
                return;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(actions.size());
                for (String action : actions) {
                    out.writeUTF(action); // read by ChildProgram.readActions
                }
            }
            publish(folder.resolve(name + "-" + pid + ChildProgram.ACTIONS), bytes.toByteArray());
            served.add(process.get());
        }

        /** Why {@code process} gets no actions, or null if it really runs this command. */
        private String refusal(ProcessHandle process) {
            if (!process.isAlive()) {
                return "it is not running";
            }
            if (!startedByTheTests(process)) {
                return "the tests did not start it (nor did any process they started)";
            }
            ProcessHandle.Info info = process.info();
            Optional<String[]> arguments = info.arguments();
            if (arguments.isPresent()) {
                if (!Arrays.asList(arguments.get()).equals(command.subList(1, command.size()))) {
                    return "its command line is not the one the test gave: " + Arrays.asList(arguments.get());
                }
            } else if (!System.getProperty("os.name", "").startsWith("Windows")) { // Windows does not tell
                return "the operating system does not say what its command line is";
            }
            if (info.command().isPresent() && !sameProgram(info.command().get())) {
                return "it runs " + info.command().get() + ", not " + command.get(0);
            }
            return null;
        }

        private static boolean startedByTheTests(ProcessHandle process) {
            long tests = ProcessHandle.current().pid();
            Optional<ProcessHandle> parent = process.parent();
            for (int depth = 0; depth < 64 && parent.isPresent(); depth++) {
                if (parent.get().pid() == tests) {
                    return true;
                }
                parent = parent.get().parent();
            }
            return false;
        }

        private boolean sameProgram(String running) {
            for (String candidate : List.of(command.get(0), command.get(0) + ".exe")) {
                try {
                    if (Files.exists(Path.of(candidate)) && Files.isSameFile(Path.of(running), Path.of(candidate))) {
                        return true;
                    }
                } catch (IOException e) {
                    // cannot compare: try the next name
                }
            }
            return false;
        }

        /** Done when no process it served has run for a moment, or when none ever came. */
        boolean done(long now) {
            if (served.stream().anyMatch(ProcessHandle::isAlive)) {
                lastRunning = now;
                return false;
            }
            Duration idle = Duration.ofNanos(now - (served.isEmpty() ? made : lastRunning));
            return idle.compareTo(served.isEmpty() ? UNUSED : AFTER_LAST_RUN) > 0;
        }
    }

    /**
     * The thread that answers the programs, one for all the tests of this JVM, and its folder. A program
     * started by {@code command} writes {@code NAME-PID.ready} there, and reads {@code NAME-PID.actions}.
     */
    private static final class Handouts implements Runnable {

        static final Handouts INSTANCE = start();
        private static final Duration POLL = Duration.ofMillis(1);
        private static final long CLEANUP_NANOS = 100_000_000;

        final Path folder;
        final SecureRandom names = new SecureRandom();
        private final Map<String, Handout> open = new ConcurrentHashMap<>();
        /** Files of commands it does not know (any more), answered once. */
        private final Set<String> unknown = new HashSet<>();

        private Handouts(Path folder) {
            this.folder = folder;
        }

        private static Handouts start() {
            Path folder;
            try {
                folder = Files.createTempDirectory("child-programs-");
            } catch (IOException e) {
                throw new IllegalStateException("cannot make a folder for handing the program its actions", e);
            }
            Handouts handouts = new Handouts(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                handouts.deleteFiles("");
                folder.toFile().delete();
            }, "child-program-actions-cleanup"));
            Thread thread = new Thread(handouts, "child-program-actions");
            thread.setDaemon(true);
            thread.start();
            return handouts;
        }

        synchronized void add(String name, Handout handout) {
            open.put(name, handout);
            notifyAll();
        }

        @Override
        public void run() {
            long lastCleanup = System.nanoTime();
            while (true) {
                try {
                    synchronized (this) {
                        while (open.isEmpty()) {
                            wait();
                        }
                    }
                    answerWaitingProcesses();
                    long now = System.nanoTime();
                    if (now - lastCleanup > CLEANUP_NANOS) {
                        lastCleanup = now;
                        open.entrySet().removeIf(entry -> entry.getValue().done(now)
                                && deleteFiles(entry.getKey() + "-"));
                    }
                    Thread.sleep(POLL);
                } catch (InterruptedException e) {
                    // only this class may stop this thread, and it never does
                }
            }
        }

        private void answerWaitingProcesses() {
            List<Path> ready = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.ready")) {
                files.forEach(ready::add);
            } catch (IOException e) {
                return; // the folder is gone: nothing to answer
            }
            for (Path file : ready) {
                String fileName = file.getFileName().toString();
                int dash = fileName.lastIndexOf('-');
                Handout handout = dash < 0 ? null : open.get(fileName.substring(0, dash));
                try {
                    long pid = Long.parseLong(fileName.substring(dash + 1, fileName.length() - ".ready".length()));
                    if (handout != null) {
                        handout.answer(pid, folder, fileName.substring(0, dash));
                    } else if (unknown.add(fileName)) {
                        publish(folder.resolve(fileName.replace(".ready", ChildProgram.REFUSED)), ("the test that "
                                + "made this command has ended; each run needs a command from Child.command(...)")
                                .getBytes(UTF_8));
                    }
                } catch (IOException | RuntimeException e) {
                    // not a program's file, or it could not be answered: it gets nothing
                }
            }
        }

        /** Removes what is left of a finished command's files (those of a program killed while it waited). */
        private boolean deleteFiles(String name) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + "*")) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // left in the temporary folder
            }
            return true;
        }
    }
}
