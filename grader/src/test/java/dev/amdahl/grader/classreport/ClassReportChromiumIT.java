package dev.amdahl.grader.classreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class report as an instructor's browser shows it: headless Chromium, offline, renders the page with hostile
 * student text. The DOM keeps that text as text (no element injected), and the page draws (a screenshot of it that
 * is not blank). Set {@code -Damdahl.classreport.screenshot=<file>} to keep the screenshot for a look.
 */
@ExtendWith(ChromiumRequirement.class)
class ClassReportChromiumIT {

    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void rendersOfflineWithHostileTextAsText(@TempDir Path folder) throws Exception {
        Path chromium = ChromiumRequirement.binary().orElseThrow(() -> new AssertionError(
                "no chromium on the PATH (apt-get install chromium): it is required here"));
        Path page = folder.resolve("class-report.html");
        ClassReport.write(new ClassReportData("Lab 3: thread pools", ClassFixtures.classOfSix(),
                ClassReportTest.similar(), ClassFixtures.WHEN), page);
        String url = page.toUri().toString();

        String dom = run(chromium, folder, "dom", "--dump-dom", url);
        Path screenshot = folder.resolve("class-report.png");
        run(chromium, folder, "screenshot", "--screenshot=" + screenshot, "--window-size=1280,2000", url);

        assertThat(dom).contains("<h2>Summary</h2>").contains("<svg").contains("class=\"bar\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(dom.toLowerCase(java.util.Locale.ROOT)).as("no element injected by student text")
                .doesNotContain("<script", "<img", "onerror=\"");
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).as("a drawn page, not a blank one").isGreaterThan(30_000);
        String keep = System.getProperty("amdahl.classreport.screenshot", "");
        if (!keep.isBlank()) {
            Files.copy(screenshot, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs headless Chromium offline on {@code url}; returns what it printed. */
    private static String run(Path chromium, Path folder, String name, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-extensions",
                "--disable-sync", "--user-data-dir=" + folder.resolve("profile-" + name)));
        command.addAll(List.of(arguments));
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + tail(err));
        }
        assertThat(process.exitValue()).as("chromium's exit code; it said: %s", tail(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }
}
