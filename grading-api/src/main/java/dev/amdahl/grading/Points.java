package dev.amdahl.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The points a test method is worth. A method earns them only when it ran and every one of its
 * invocations passed (a parameterized test earns nothing if one case fails).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

    /** Points for passing this test; at least 1. */
    int value();
}
