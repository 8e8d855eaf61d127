package dev.amdahl.grader.export.gradescope;

import dev.amdahl.grader.export.BundledGrading;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradescope's container has no UTF-8 locale, and a JVM there wrote every non-ASCII character of the console report
 * (a student's name, an accented message, "✓") as '?'. run_autograder's own set-up must make the grader's stdout
 * UTF-8 whatever the locale it starts in.
 */
class GradescopeEncodingTest {

    private static final String TEXT = "Zoë Müller – ✓ 3 / 3";

    /** Stands for the grader: prints non-ASCII text on stdout and stderr with the JVM's default encodings. */
    public static final class PrintsNonAscii {
        public static void main(String[] args) {
            System.out.println(TEXT);
            System.err.println(TEXT);
        }
    }

    @Test
    void theGradersOutputIsUtf8UnderAPosixLocale(@TempDir Path temp) throws Exception {
        String script = GradescopeBundle.runAutograder(new BundledGrading(List.of("latency"), false, false,
                Optional.of(Duration.ofMinutes(5)), OptionalLong.empty()));
        // Everything run_autograder sets up before it touches the machine: variables, the JDK, the locale.
        String prelude = script.substring(0, script.indexOf("mkdir -p \"$RESULTS\""));
        Path probe = temp.resolve("probe.sh");
        Files.writeString(probe, prelude + "\"$JAVA\" $JAVA_OPTIONS -cp \"$PROBE_CLASSPATH\" '"
                + PrintsNonAscii.class.getName() + "'\n");
        ProcessBuilder builder = new ProcessBuilder("bash", probe.toString());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        environment.put("LANG", "C"); // as in Gradescope's container: no UTF-8 locale
        environment.put("PROBE_CLASSPATH", System.getProperty("java.class.path"));
        Path out = temp.resolve("out");
        Path err = temp.resolve("err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.ISO_8859_1)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(TEXT + "\n");
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo(TEXT + "\n");
    }

    @Test
    void everyJavaTheScriptStartsGetsTheseOptions() throws Exception {
        String script = GradescopeBundle.runAutograder(new BundledGrading(List.of("latency"), false, false,
                Optional.empty(), OptionalLong.empty()));

        assertThat(script.lines().filter(line -> line.contains("amdahl.jar\" ")).toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"$JAVA\" $JAVA_OPTIONS "));
    }
}
