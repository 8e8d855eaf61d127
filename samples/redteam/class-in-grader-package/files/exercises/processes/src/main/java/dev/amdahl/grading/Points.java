package dev.amdahl.grading;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Red-team case: a Points annotation that would be worth more. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Points {
    int value() default 100;
}
