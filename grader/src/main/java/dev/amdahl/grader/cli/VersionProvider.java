package dev.amdahl.grader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version stamped into the jar at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The version in the jar's {@code amdahl.properties}, or {@code unknown} when run from classes without it. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/amdahl.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"amdahl " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
