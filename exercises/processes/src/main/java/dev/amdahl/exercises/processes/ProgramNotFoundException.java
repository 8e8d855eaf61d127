package dev.amdahl.exercises.processes;

import java.io.IOException;

/**
 * The program of a command could not be started at all: it does not exist, or it is not executable. This
 * is not an exit code; the program never ran. This class is complete; you do not need to change it.
 */
public class ProgramNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String program;

    /**
     * @param program the program that could not be started, as given in the command
     * @param cause   what the operating system said
     */
    public ProgramNotFoundException(String program, Throwable cause) {
        super("cannot start '" + program + "': no such program, or it cannot be run", cause);
        this.program = program;
    }

    /** The program that could not be started. */
    public String program() {
        return program;
    }
}
