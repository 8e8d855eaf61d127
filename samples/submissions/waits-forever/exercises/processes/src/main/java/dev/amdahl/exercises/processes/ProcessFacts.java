package dev.amdahl.exercises.processes;

import java.util.List;
import java.util.Optional;

/**
 * Facts about a running process.
 *
 * @param pid       its id
 * @param parentPid its parent's id, if known
 * @param command   its program, or "" if unknown
 * @param arguments its arguments, or none if unknown
 */
public record ProcessFacts(long pid, Optional<Long> parentPid, String command, List<String> arguments) {

    /** This process. */
    public static ProcessFacts current() {
        return of(ProcessHandle.current());
    }

    /** Any process. */
    public static ProcessFacts of(ProcessHandle handle) {
        Optional<Long> parent = handle.parent().map(ProcessHandle::pid);
        String program = handle.info().command().orElse("");
        List<String> args = handle.info().arguments().map(List::of).orElse(List.of());
        return new ProcessFacts(handle.pid(), parent, program, args);
    }
}
