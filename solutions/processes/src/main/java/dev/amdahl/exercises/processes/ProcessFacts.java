package dev.amdahl.exercises.processes;

import java.util.List;
import java.util.Optional;

/**
 * What the operating system knows about a running process (lecture: a process has its own code, call stack,
 * memory and files, and a parent that started it).
 *
 * @param pid       the process id
 * @param parentPid the parent's process id, when the system still knows it
 * @param command   the program it runs (e.g. {@code /usr/bin/java}), empty when the system does not say
 * @param arguments the arguments it was started with, without the program itself; empty when unknown
 */
public record ProcessFacts(long pid, Optional<Long> parentPid, String command, List<String> arguments) {

    /** The facts of this Java program's own process. */
    public static ProcessFacts current() {
        return of(ProcessHandle.current());
    }

    /** The facts of {@code process}: its pid, its parent's pid, and its command line from {@code info()}. */
    public static ProcessFacts of(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return new ProcessFacts(process.pid(), process.parent().map(ProcessHandle::pid),
                info.command().orElse(""), info.arguments().map(List::of).orElse(List.of()));
    }
}
