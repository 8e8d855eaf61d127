package dev.amdahl.runner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The forked compiler's main: compiles the code under test, then the tests against it, in one JVM, so the second
 * compilation runs on a warm compiler instead of paying for a second JVM and a cold javac. Run only by
 * {@link ForkedJavac}, in a process of its own with its own heap and time limit.
 *
 * <p>Arguments: two javac argument files, {@code @main} and {@code @tests}. Exit codes: 0 both compiled,
 * {@value #MAIN_FAILED} the code under test did not compile (nothing more is compiled),
 * {@value #TESTS_FAILED} the tests did not compile against it. Standard output holds the failing step's messages.
 */
public final class TwoStageCompile {

    static final int MAIN_FAILED = 10;
    static final int TESTS_FAILED = 11;

    private TwoStageCompile() {
    }

    /** Compiles {@code @main}, then {@code @tests}, and exits with the code the class comment lists. */
    public static void main(String[] args) {
        System.exit(compile(args[0], args[1]));
    }

    /** Compiles {@code main} (an {@code @argument-file}), then {@code tests}; the exit code the class comment lists. */
    static int compile(String main, String tests) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (javac.run(null, System.out, System.out, main) != 0) {
            out.flush();
            return MAIN_FAILED;
        }
        if (javac.run(null, System.out, System.out, tests) != 0) {
            out.flush();
            return TESTS_FAILED;
        }
        return 0;
    }
}
