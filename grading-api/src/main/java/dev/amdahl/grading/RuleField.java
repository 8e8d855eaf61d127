package dev.amdahl.grading;

import java.lang.reflect.Field;
import java.util.Optional;
import org.junit.platform.engine.TestSource;

/**
 * An ArchUnit rule field as its JUnit engine reports it. Read by name so that the grading API does not
 * depend on ArchUnit: courses without structure rules need not have it.
 *
 * @param testClass the class declaring the rule, or null when it cannot be loaded here
 * @param field     the rule's field, or null when it cannot be loaded here
 */
record RuleField(String className, String fieldName, Class<?> testClass, Field field) {

    static final String ARCHUNIT_FIELD_SOURCE = "com.tngtech.archunit.junit.engine_api.FieldSource";

    static Optional<RuleField> of(TestSource source) {
        if (!source.getClass().getName().equals(ARCHUNIT_FIELD_SOURCE)) {
            return Optional.empty();
        }
        try {
            String className = (String) source.getClass().getMethod("getClassName").invoke(source);
            String fieldName = (String) source.getClass().getMethod("getFieldName").invoke(source);
            Class<?> testClass = null;
            Field field = null;
            try {
                testClass = (Class<?>) source.getClass().getMethod("getJavaClass").invoke(source);
                field = testClass.getDeclaredField(fieldName);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // not loadable here: the rule is still a unit, worth nothing
            }
            return Optional.of(new RuleField(className, fieldName, testClass, field));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
