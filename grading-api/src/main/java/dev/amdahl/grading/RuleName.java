package dev.amdahl.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the points table calls an ArchUnit {@code @ArchTest} rule field. ArchUnit's engine names a rule by its
 * field ({@code noRawThreads}), and Jupiter's {@code @DisplayName} cannot go on a field, so a rule says here what
 * it checks, in a student's words, as a test method does with {@code @DisplayName}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RuleName {

    /** What the rule checks, as a sentence without a final full stop. */
    String value();
}
