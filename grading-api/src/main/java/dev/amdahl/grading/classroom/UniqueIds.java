package dev.amdahl.grading.classroom;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class and method a JUnit unique id names, such as
 * {@code [engine:junit-jupiter]/[class:a.b.FooTest]/[nested-class:Bar]/[method:baz()]} or ArchUnit's
 * {@code [engine:archunit]/[class:a.b.FooStructureTest]/[field:rule]}.
 */
final class UniqueIds {

    private static final Pattern SEGMENT = Pattern.compile("\\[([^:\\]/]+):([^\\]]*)\\]");

    private UniqueIds() {
    }

    /** The test's class (binary name, nested classes after {@code $}), or empty when the id names none. */
    static String className(String uniqueId) {
        String className = "";
        Matcher segment = SEGMENT.matcher(uniqueId);
        while (segment.find()) {
            switch (segment.group(1)) {
                case "class" -> className = segment.group(2);
                case "nested-class" -> className = className.isEmpty() ? "" : className + "$" + segment.group(2);
                default -> {
                }
            }
        }
        return className;
    }

    /** The test's method (or rule field) without its parameter types, or empty when the id names none. */
    static String methodName(String uniqueId) {
        String method = "";
        Matcher segment = SEGMENT.matcher(uniqueId);
        while (segment.find()) {
            switch (segment.group(1)) {
                case "method", "test-template", "test-factory", "field" -> {
                    String value = segment.group(2);
                    int parenthesis = value.indexOf('(');
                    method = parenthesis < 0 ? value : value.substring(0, parenthesis);
                }
                default -> {
                }
            }
        }
        return method;
    }

    /** {@code Class#method}, or the unique id itself when it names no class. */
    static String testCode(String uniqueId) {
        String className = className(uniqueId);
        if (className.isEmpty()) {
            return uniqueId;
        }
        String method = methodName(uniqueId);
        return method.isEmpty() ? className : className + "#" + method;
    }

    /** The test class's source file under a module's {@code src/test/java}, or empty when the id names none. */
    static String sourcePath(String uniqueId) {
        String className = className(uniqueId);
        if (className.isEmpty() || !className.matches("[\\p{L}\\p{N}_$.]+")) {
            return "";
        }
        int nested = className.indexOf('$');
        String topLevel = nested < 0 ? className : className.substring(0, nested);
        return topLevel.replace('.', '/') + ".java";
    }
}
