package dev.amdahl.grader.cli;

import dev.amdahl.grader.report.ReportFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** {@code amdahl}: the only class that ends the JVM. */
public final class Main {

    private Main() {
    }

    /** The {@code amdahl} command: runs it on the console and ends the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AmdahlCommand())
                .setOut(out)
                .setErr(err)
                .registerConverter(ReportFormat.class, new Converters.ReportFormatConverter())
                .setParameterExceptionHandler(Main::badCommandLine)
                .setExitCodeExceptionMapper(ExitCodes.MAPPER)
                .setExecutionExceptionHandler(Main::failed);
        return commandLine.execute(args);
    }

    /**
     * A command that stopped: a {@link CommandFailure} is said in its own words, anything else is our fault and
     * said as such. The exit code comes from {@link ExitCodes#MAPPER}.
     */
    private static int failed(Exception exception, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (exception instanceof CommandFailure failure) {
            err.println(speaker(command) + ": " + failure.getMessage());
            failure.details().forEach(err::println);
        } else {
            err.println("amdahl: unexpected error: " + exception);
            if (Boolean.getBoolean("amdahl.stacktrace")) {
                exception.printStackTrace(err);
            } else {
                err.println("(run with -Damdahl.stacktrace=true for the stack trace)");
            }
        }
        err.flush();
        return command.getExitCodeExceptionMapper().getExitCode(exception);
    }

    /** Who speaks in an error line: batch and gradebook name themselves in full, the other commands say amdahl. */
    private static String speaker(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName();
        return name.startsWith("amdahl batch") || name.startsWith("amdahl gradebook") ? name : "amdahl";
    }

    /**
     * A wrong command line gets its error and a pointer to {@code --help}, not the whole usage: the one line that
     * matters would scroll away above eighty lines of options.
     */
    private static int badCommandLine(CommandLine.ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + message(exception));
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            List<String> suggestions = unmatched.getSuggestions();
            err.println("Did you mean " + (suggestions.size() == 1 ? suggestions.getFirst()
                    : String.join(", ", suggestions.subList(0, suggestions.size() - 1)) + " or "
                            + suggestions.getLast())
                    + "?");
        }
        err.println("Run '" + name + " --help' for the options.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * Picocli's message, except that an unknown option is reported alone: picocli also lists the arguments after
     * it that it could not place, which are only unplaced because of the misspelt option.
     */
    private static String message(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> options = unmatched.getUnmatched().stream().filter(arg -> arg.startsWith("-")).toList();
            if (!options.isEmpty()) {
                return (options.size() == 1 ? "Unknown option: " : "Unknown options: ")
                        + options.stream().map(option -> "'" + option + "'").collect(Collectors.joining(", "));
            }
        }
        return exception.getMessage();
    }
}
