package dev.amdahl.grader.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code amdahl}: the only class that ends the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AmdahlCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((exception, cmd, parsed) -> {
                    cmd.getErr().println("amdahl: unexpected error: " + exception);
                    if (Boolean.getBoolean("amdahl.stacktrace")) {
                        exception.printStackTrace(cmd.getErr());
                    } else {
                        cmd.getErr().println("(run with -Damdahl.stacktrace=true for the stack trace)");
                    }
                    return ExitCodes.INTERNAL_ERROR;
                });
        return commandLine.execute(args);
    }
}
