package dev.amdahl.exercises.processes;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Red-team case: plays the tests' ChildProgram without starting it. The program's command line carries only
 * a folder, a name and its arguments ({@code actions-from FOLDER NAME ARGUMENT...}); the program announces itself
 * with {@code NAME-PID.ready} in FOLDER and reads its actions from {@code NAME-PID.actions}. So, before making
 * anything up, this tries to get the actions without running the program:
 * <ol>
 * <li>it reads every file of FOLDER that belongs to NAME, before starting anything;</li>
 * <li>it starts a harmless lookalike, the tests' own java and ChildProgram told only to sleep, and announces
 *     that process, and its own JVM too, as the program waiting for NAME's actions.</li>
 * </ol>
 * With actions, it carries them out itself; without, it guesses that the program prints its arguments.
 */
final class Emulator {

    private static final String PROGRAM = "dev.amdahl.exercises.processes.ChildProgram";

    private Emulator() {
    }

    static boolean recognises(List<String> command) {
        return command.contains(PROGRAM);
    }

    static CompletedProcess emulate(List<String> command, Path directory, Map<String, String> environment,
            Duration timeout) throws Exception {
        List<String> line = command.subList(command.indexOf(PROGRAM) + 1, command.size());
        if (line.size() < 3 || !line.get(0).equals("actions-from")) {
            return new CompletedProcess(0, "", "", false);
        }
        Path folder = Path.of(line.get(1));
        String name = line.get(2);
        List<String> arguments = line.subList(3, line.size());
        List<String> actions = snoop(folder, name);
        if (actions == null) {
            actions = lookAlike(command, folder, name);
        }
        if (actions == null) {
            StringBuilder guess = new StringBuilder();
            arguments.forEach(guess::append);
            return new CompletedProcess(0, guess.toString(), "", false);
        }
        return perform(actions, arguments, directory, environment, timeout);
    }

    /** The actions, if any file of NAME in FOLDER holds them already. */
    private static List<String> snoop(Path folder, String name) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + "*")) {
            for (Path file : files) {
                List<String> actions = read(file);
                if (actions != null) {
                    return actions;
                }
            }
        } catch (IOException e) {
            // nothing to read
        }
        return null;
    }

    /** Starts a sleeping ChildProgram and claims NAME's actions for it, and for this JVM. */
    private static List<String> lookAlike(List<String> command, Path folder, String name) throws Exception {
        String classpath = command.get(command.indexOf("-cp") + 1);
        Process lookalike = new ProcessBuilder(command.get(0), "-cp", classpath, PROGRAM, "sleep", "5000")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Path> claims = new ArrayList<>();
        try {
            for (long pid : new long[] {lookalike.pid(), ProcessHandle.current().pid()}) {
                Path ready = folder.resolve(name + "-" + pid + ".ready");
                Files.deleteIfExists(ready);
                Files.createFile(ready);
                claims.add(ready);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                for (Path ready : claims) {
                    String file = ready.getFileName().toString();
                    Path actions = folder.resolve(file.substring(0, file.length() - ".ready".length()) + ".actions");
                    if (Files.exists(actions)) {
                        List<String> found = read(actions);
                        if (found != null) {
                            return found;
                        }
                    }
                }
                Thread.sleep(5);
            }
            return null;
        } finally {
            lookalike.destroyForcibly().waitFor();
            for (Path ready : claims) {
                Files.deleteIfExists(ready);
            }
        }
    }

    /** Reads a file written as ChildProgram reads its actions (a count, then each one as modified UTF-8). */
    private static List<String> read(Path file) {
        try (InputStream stream = Files.newInputStream(file); DataInputStream in = new DataInputStream(stream)) {
            int count = in.readInt();
            if (count < 0 || count > 100) {
                return null;
            }
            List<String> actions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                actions.add(in.readUTF());
            }
            return actions;
        } catch (IOException e) {
            return null;
        }
    }

    static CompletedProcess perform(List<String> actions, List<String> arguments, Path directory,
            Map<String, String> environment, Duration timeout) throws Exception {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        long slept = 0;
        for (int i = 0; i < actions.size(); i++) {
            switch (actions.get(i)) {
                case "out" -> out.append(actions.get(++i));
                case "err" -> err.append(actions.get(++i));
                case "exit" -> {
                    return new CompletedProcess(Integer.parseInt(actions.get(++i)), out.toString(), err.toString(),
                            false);
                }
                case "flood" -> {
                    int bytes = Integer.parseInt(actions.get(++i));
                    out.append("o".repeat(bytes));
                    err.append("e".repeat(bytes));
                }
                case "pwd" -> out.append((directory != null ? directory : Path.of("")).toRealPath());
                case "env" -> {
                    String variable = actions.get(++i);
                    out.append(environment.containsKey(variable) ? environment.get(variable) : System.getenv(variable));
                }
                case "sleep" -> {
                    long millis = Long.parseLong(actions.get(++i));
                    if (timeout != null && slept + millis > timeout.toMillis()) {
                        Thread.sleep(timeout.toMillis() - slept);
                        return new CompletedProcess(137, out.toString(), err.toString(), true);
                    }
                    Thread.sleep(millis);
                    slept += millis;
                }
                case "spawn-sleeper" -> out.append("4194000\n"); // no such process: nothing is left running
                case "arg" -> out.append(arguments.get(Integer.parseInt(actions.get(++i))));
                default -> {
                    // not an action it knows
                }
            }
        }
        return new CompletedProcess(0, out.toString(), err.toString(), false);
    }
}
