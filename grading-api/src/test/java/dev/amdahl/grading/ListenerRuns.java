package dev.amdahl.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture classes through a launcher of our own, as surefire would, with the points table's listener. */
public final class ListenerRuns {

    private ListenerRuns() {
    }

    /** Runs {@code fixtures} with a {@link PointsTableListener} writing to {@code resultsFile}; returns the table. */
    public static String run(Path resultsFile, Class<?>... fixtures) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        execute(new PointsTableListener(new PrintStream(buffer, true, StandardCharsets.UTF_8), resultsFile),
                fixtures);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The graded units of {@code fixtures}, as the grader would plan them at export time. */
    public static List<PlannedTest> discover(Class<?>... fixtures) {
        return TestLedger.of(launcher().discover(request(fixtures))).planned();
    }

    static void execute(TestExecutionListener listener, Class<?>... fixtures) {
        launcher().execute(request(fixtures), listener);
    }

    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .build());
    }

    private static LauncherDiscoveryRequest request(Class<?>... fixtures) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(fixtures).map(fixture -> selectClass(fixture)).toList()).build();
    }
}
