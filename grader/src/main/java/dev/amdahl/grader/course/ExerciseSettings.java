package dev.amdahl.grader.course;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;

/**
 * How an exercise is run, from {@value #FILE} beside it; every key is optional and the grader's defaults
 * fill the rest:
 *
 * <pre>
 * timeout   = 3m          # wall clock for all its tests
 * memory    = 1g          # memory, swap and scratch space included
 * processes = 512         # processes and threads
 * cpus      = 2
 * output    = 8m          # standard output and error together
 * allow     = processes   # APIs the exercise needs that are otherwise forbidden (comma-separated)
 * </pre>
 */
public record ExerciseSettings(Optional<Duration> timeout, OptionalLong memoryBytes, OptionalLong processes,
        OptionalDouble cpus, OptionalLong outputBytes, Set<String> allows) {

    public static final String FILE = "sandbox.properties";
    private static final Set<String> KEYS = Set.of("timeout", "memory", "processes", "cpus", "output", "allow");

    public ExerciseSettings {
        allows = Set.copyOf(allows);
    }

    /** The settings of an exercise without {@value #FILE}: the grader's defaults throughout, nothing allowed. */
    public static ExerciseSettings none() {
        return new ExerciseSettings(Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.empty(), OptionalLong.empty(), Set.of());
    }

    /** The settings in {@code exerciseDirectory}, or none when it has no {@value #FILE}. */
    public static ExerciseSettings load(Path exerciseDirectory) throws CourseException {
        Path file = exerciseDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CourseException("Cannot read " + file + ": " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new CourseException(file + ": unknown key '" + key + "'; the keys are " + KEYS + ".");
            }
        }
        try {
            String allow = properties.getProperty("allow", "");
            Set<String> allows = new LinkedHashSet<>();
            Arrays.stream(allow.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(allows::add);
            return new ExerciseSettings(
                    Optional.ofNullable(properties.getProperty("timeout")).map(Quantities::duration),
                    optionalLong(properties.getProperty("memory"), true),
                    optionalLong(properties.getProperty("processes"), false),
                    properties.getProperty("cpus") == null
                            ? OptionalDouble.empty()
                            : OptionalDouble.of(Double.parseDouble(properties.getProperty("cpus").strip())),
                    optionalLong(properties.getProperty("output"), true),
                    allows);
        } catch (IllegalArgumentException e) {
            throw new CourseException(file + ": " + e.getMessage());
        }
    }

    private static OptionalLong optionalLong(String value, boolean size) {
        if (value == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(size ? Quantities.bytes(value) : Long.parseLong(value.strip()));
    }
}
