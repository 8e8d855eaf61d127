package dev.amdahl.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a test is worth: the one place a course states the points of its tests.
 *
 * <ul>
 *   <li>On a test method (or an ArchUnit {@code @ArchTest} rule field): the points for passing it. A method
 *       earns them only when it ran and every one of its invocations passed (a parameterized test earns
 *       nothing if one case fails).</li>
 *   <li>On a test class (or {@code @Nested} class): a group worth {@link #value()} points, shared equally by
 *       its tests that carry no {@code @Points} of their own. Each passing test earns its share, so the group
 *       gives partial credit.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface Points {

    /** Points for passing this test, or for the whole group; more than 0. */
    double value();

    /** Extra credit: earned points count, but they do not raise the maximum. */
    boolean extraCredit() default false;

    /** When a student may see this test's result. On a class, it applies to the tests of the group. */
    Visibility visibility() default Visibility.VISIBLE;
}
