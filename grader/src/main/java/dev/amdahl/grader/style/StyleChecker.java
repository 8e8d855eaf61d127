package dev.amdahl.grader.style;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.xml.sax.InputSource;

/**
 * Runs Checkstyle over a student's Java sources, on the host. It only parses them: nothing is compiled or run,
 * so it needs no sandbox.
 *
 * <p>A file that is not valid Java gives one finding, {@link CheckCategories#PARSE_ERROR}, instead of failing
 * the whole check: such a submission already gets a compile error where its tests run, and the student's other
 * files still deserve their feedback. {@link StyleException} is kept for when Checkstyle itself cannot run.
 *
 * <p>Messages are in English whatever the machine's locale, so that a grade does not depend on where it was
 * computed. Nothing is printed: findings are collected by a listener of our own, not Checkstyle's, which
 * would write to standard output.
 *
 * <p>Thread-safe: the configuration is read-only, and each call to {@link #check} builds its own Checkstyle
 * {@link Checker}. (Checkstyle keeps its message locale in one static field; every checker here sets the same
 * one.)
 */
public final class StyleChecker {

    /** The committed configuration, next to this class. */
    static final String STANDARD_CONFIGURATION = "amdahl-checks.xml";

    private static final String POM_PROPERTIES = "META-INF/maven/com.puppycrawl.tools/checkstyle/pom.properties";
    private static final String JAVA_SUFFIX = ".java";
    private static final String ENGLISH = "en";

    private final Configuration configuration;

    private StyleChecker(Configuration configuration) {
        this.configuration = configuration;
    }

    /**
     * The checks every course gets: amdahl-checks.xml, which says in its comments where it comes from.
     *
     * @throws IllegalStateException if that configuration is missing or broken, or names a check without a
     *                               category: a bug in the grader, not a condition to handle
     */
    public static StyleChecker standard() {
        URL resource = StyleChecker.class.getResource(STANDARD_CONFIGURATION);
        if (resource == null) {
            throw new IllegalStateException("the style configuration " + STANDARD_CONFIGURATION + " is missing");
        }
        try (InputStream in = resource.openStream()) {
            Configuration configuration = ConfigurationLoader.loadConfiguration(new InputSource(in),
                    new PropertiesExpander(new Properties()), ConfigurationLoader.IgnoredModulesOptions.OMIT);
            List<String> uncategorized = ConfigurationModules.checks(configuration).stream()
                    .filter(check -> CheckCategories.of(check).isEmpty())
                    .toList();
            if (!uncategorized.isEmpty()) {
                throw new IllegalStateException("these style checks have no category in CheckCategories: "
                        + uncategorized);
            }
            return new StyleChecker(configuration);
        } catch (CheckstyleException e) {
            throw new IllegalStateException("the style configuration " + STANDARD_CONFIGURATION + " is broken: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the style configuration " + STANDARD_CONFIGURATION, e);
        }
    }

    /** The configuration this checker runs, for tests that look into it. */
    Configuration configuration() {
        return configuration;
    }

    /**
     * Checks every {@code *.java} file under {@code sourceRoot}. Symbolic links are never followed: a link, to
     * a file or to a folder, is skipped, and a root that is itself a link is refused.
     *
     * @param sourceRoot a folder of sources, e.g. a submission's {@code src/main/java}
     * @return the findings, sorted by file, line and column; file names are relative to {@code sourceRoot}
     * @throws StyleException if the folder is missing or unreadable, or Checkstyle cannot run
     */
    public List<StyleFinding> check(Path sourceRoot) throws StyleException {
        Path root = sourceRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new StyleException("cannot check style: " + sourceRoot + " is not a folder (links are not followed)");
        }
        Map<String, String> relativeNames = javaFiles(root);
        if (relativeNames.isEmpty()) {
            return List.of();
        }
        FindingCollector collector = new FindingCollector(relativeNames);
        Checker checker = new Checker();
        try {
            checker.setModuleClassLoader(Checker.class.getClassLoader());
            // Without this, Checkstyle takes the machine's locale. For English it reads its base bundle
            // (Locale.ROOT), so Java's fallback to the machine's locale cannot bring German back either.
            checker.setLocaleLanguage(ENGLISH);
            checker.setLocaleCountry("");
            checker.configure(configuration);
            checker.setHaltOnException(true);
            checker.addListener(collector);
            // One file at a time, so that a file the parser cannot get through costs that file only.
            for (Map.Entry<String, String> file : relativeNames.entrySet()) {
                if (tooDeep(Path.of(file.getKey())) || !processWithDeepStack(checker, new File(file.getKey()))) {
                    collector.unreadable(file.getValue());
                }
            }
        } catch (CheckstyleException e) {
            throw new StyleException("Checkstyle could not check " + sourceRoot + ": " + e.getMessage(), e);
        } finally {
            checker.destroy();
        }
        if (!collector.exceptions().isEmpty()) {
            Throwable first = collector.exceptions().getFirst();
            throw new StyleException("Checkstyle could not check " + sourceRoot + ": " + first.getMessage(), first);
        }
        List<StyleFinding> findings = new ArrayList<>(collector.findings());
        findings.sort(Comparator.comparing(StyleFinding::file)
                .thenComparingInt(StyleFinding::line)
                .thenComparingInt(StyleFinding::column)
                .thenComparing(StyleFinding::check)
                .thenComparing(StyleFinding::message));
        return List.copyOf(findings);
    }

    private static boolean tooDeep(Path file) throws StyleException {
        try {
            return NestingDepth.of(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)) > NestingDepth.MAX;
        } catch (java.nio.charset.MalformedInputException e) {
            return false; // not UTF-8: Checkstyle reports what it can
        } catch (java.io.IOException e) {
            throw new StyleException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Room for the parser's recursion on legitimately deep code (long chains of + or of calls). */
    static final long PARSER_STACK_BYTES = 64L * 1024 * 1024;

    /**
     * Checks one file on a thread with a deep stack. A hostile file (say, 30,000 nested parentheses) can
     * still exhaust it: that is reported as false, never thrown, so it cannot stop the grading of others.
     */
    private static boolean processWithDeepStack(Checker checker, File file) throws CheckstyleException {
        Object[] outcome = new Object[1];
        Thread worker = new Thread(null, () -> {
            try {
                checker.process(List.of(file));
                outcome[0] = Boolean.TRUE;
            } catch (CheckstyleException e) {
                outcome[0] = e;
            } catch (Error e) {
                outcome[0] = causedByStackOverflow(e) ? Boolean.FALSE : e;
            }
        }, "checkstyle", PARSER_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckstyleException("interrupted while checking " + file, e);
        }
        return switch (outcome[0]) {
            case Boolean ok -> ok;
            case CheckstyleException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException("no outcome for " + file);
        };
    }

    private static boolean causedByStackOverflow(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    /** The version of Checkstyle that runs the checks, e.g. {@code 14.4.0}; "unknown" if it cannot tell. */
    public String checkstyleVersion() {
        try (InputStream in = Checker.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String version = Checker.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /** Absolute path of each regular {@code .java} file under the root, to its '/'-separated relative name. */
    private static Map<String, String> javaFiles(Path root) throws StyleException {
        Map<String, String> files = new TreeMap<>();
        try {
            // walkFileTree without FOLLOW_LINKS reports a link as the link itself, never what it points to.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(JAVA_SUFFIX)) {
                        files.put(file.toString(), relativeName(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StyleException("cannot list the sources under " + root + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static String relativeName(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
