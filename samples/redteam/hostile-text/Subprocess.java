package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: answers with hostile text. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return 0;
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        attack();
        return new CompletedProcess(0, EVIL, EVIL, false);
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        attack();
        return new CompletedProcess(0, EVIL, EVIL, false);
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        attack();
        throw new IllegalStateException(EVIL);
    }

    static void attack() throws Exception {
        // the answers do the harm
    }

    static final String EVIL = "\u0000\u001b[2J\u001b]0;pwned\u0007<script>alert(1)</script>\r\n\ud800 ]]> \" ' & = \u202e";

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
