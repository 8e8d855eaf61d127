package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Red-team case: plays the tests' ChildProgram from its command line alone, without starting a process. It
 * knows the program's actions ({@code out TEXT}, {@code err TEXT}, {@code exit CODE}, {@code flood BYTES},
 * {@code pwd}, {@code env NAME}, {@code sleep MILLIS}, {@code spawn-sleeper}, {@code arg N}) and carries them out
 * itself, wherever it can find them on the command line. Where it cannot (the tests keep them off it), it
 * guesses: the program prints its arguments and ends with 0.
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
        if (!line.isEmpty() && line.get(0).equals("actions-from")) {
            // ChildProgram actions-from FOLDER NAME ARGUMENT...: no actions on the line, only the arguments.
            // Guess that it prints them.
            StringBuilder guess = new StringBuilder();
            line.subList(Math.min(3, line.size()), line.size()).forEach(guess::append);
            return new CompletedProcess(0, guess.toString(), "", false);
        }
        return perform(line, List.of(), directory, environment, timeout);
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
                    String name = actions.get(++i);
                    out.append(environment.containsKey(name) ? environment.get(name) : System.getenv(name));
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
