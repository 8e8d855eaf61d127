package dev.amdahl.runner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.Rubric;
import dev.amdahl.grading.TestKind;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instructor's structure rules: {@code @ArchTest} fields of type {@link ArchRule} in test classes
 * annotated with {@code @AnalyzeClasses}, exactly as ArchUnit's JUnit 5 engine runs them in a student's
 * {@code mvn test}. Here they are evaluated by the runner itself, on the submitted classes as they were
 * scanned, before any submitted code has run, so nothing a submission does at run time can change what the
 * rules see. Rule methods ({@code @ArchTest} methods) are not supported: write rules as fields.
 */
final class StructureRules {

    static final int MAX_MESSAGE_CHARS = 4_000;

    /** A rule and the test it is graded as. */
    record Rule(Rubric.Candidate candidate, ArchRule rule, List<String> packages) {
    }

    private StructureRules() {
    }

    /** The rules in {@code testClasses}, loaded through {@code loader} (which can also load the skeleton's classes). */
    static List<Rule> find(Path testClasses, ClassLoader loader) throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (String name : classNames(testClasses)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // JUnit reports a test class that does not load
            }
            AnalyzeClasses analyze = type.getAnnotation(AnalyzeClasses.class);
            if (analyze == null) {
                continue;
            }
            List<String> packages = new ArrayList<>(Arrays.asList(analyze.packages()));
            Arrays.stream(analyze.packagesOf()).map(Class::getPackageName).forEach(packages::add);
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ArchTest.class) && ArchRule.class.isAssignableFrom(field.getType())
                        && Modifier.isStatic(field.getModifiers())) {
                    rules.add(new Rule(new Rubric.Candidate(uniqueId(type, field), type.getName(), field.getName(),
                            field.getName(), type, field, TestKind.STRUCTURE), read(field), List.copyOf(packages)));
                }
            }
        }
        return rules;
    }

    /** ArchUnit's engine names a rule field this way. */
    static String uniqueId(Class<?> type, Field field) {
        return "[engine:archunit]/[class:" + type.getName() + "]/[field:" + field.getName() + "]";
    }

    /** Each rule's verdict on the classes under {@code classes}. */
    static List<GradedResult> evaluate(List<Rule> rules, Path classes) {
        if (rules.isEmpty()) {
            return List.of();
        }
        JavaClasses submitted = new ClassFileImporter().importPath(classes);
        List<PlannedTest> planned = Rubric.plan(rules.stream().map(Rule::candidate).toList());
        List<GradedResult> results = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            long start = System.nanoTime();
            JavaClasses scope = rule.packages().isEmpty() ? submitted
                    : submitted.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            rule.packages().stream().map(p -> p + "..").toArray(String[]::new)));
            Outcome outcome;
            String message;
            try {
                EvaluationResult result = rule.rule().evaluate(scope);
                outcome = result.hasViolation() ? Outcome.FAILED : Outcome.PASSED;
                message = result.hasViolation() ? cap(explain(rule.rule(), result)) : "";
            } catch (RuntimeException e) {
                outcome = Outcome.FAILED;
                message = cap("the rule could not be checked: " + e.getMessage());
            }
            results.add(new GradedResult(planned.get(i), outcome, message, (System.nanoTime() - start) / 1_000_000));
        }
        return results;
    }

    private static String explain(ArchRule rule, EvaluationResult result) {
        return "Rule '" + rule.getDescription() + "' was broken:\n"
                + String.join("\n", result.getFailureReport().getDetails());
    }

    private static String cap(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static ArchRule read(Field field) {
        try {
            field.setAccessible(true);
            return (ArchRule) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the rule " + field + ": " + e.getMessage(), e);
        }
    }

    private static List<String> classNames(Path testClasses) throws IOException {
        if (!Files.isDirectory(testClasses)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(testClasses)) {
            return walk.map(testClasses::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted().toList();
        }
    }
}
