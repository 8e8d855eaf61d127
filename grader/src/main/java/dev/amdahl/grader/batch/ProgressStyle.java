package dev.amdahl.grader.batch;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/** How a batch shows where it stands ({@code --progress}). */
public enum ProgressStyle {
    /** A bar on a terminal, lines otherwise. */
    AUTO,
    /** A bar redrawn in place. */
    BAR,
    /** One line per submission, for logs. */
    LINES,
    /** Nothing. */
    NONE;

    /** The progress of this style: a bar is drawn on the process's standard error, lines go to {@code err}. */
    public BatchProgress open(PrintWriter err) {
        return switch (this == AUTO ? (onTerminal() ? BAR : LINES) : this) {
            case BAR -> new TerminalProgress(System.err);
            case LINES -> new LineProgress(err);
            default -> BatchProgress.none();
        };
    }

    /** The name written on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True on an interactive terminal: Java 22 and later also give a console when output is redirected. */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is a terminal
        }
    }
}
