package dev.amdahl.exercises.processes;

import java.util.*;

public record ProcessFacts(long pid, Optional<Long> parentPid, String command, List<String> arguments) {
    public static ProcessFacts current() { return of(ProcessHandle.current()); }

    public static ProcessFacts of(ProcessHandle H) {
        var I = H.info(); return new ProcessFacts(H.pid(), H.parent().map(ProcessHandle::pid), I.command().orElse(""), I.arguments().map(List::of).orElse(List.of()));
    }
}
