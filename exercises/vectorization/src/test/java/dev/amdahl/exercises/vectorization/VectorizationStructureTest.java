package dev.amdahl.exercises.vectorization;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.RuleName;
import java.util.Set;

/** How the code is built, not what it does. These points count once a behaviour test passes. */
@AnalyzeClasses(packagesOf = Vectors.class, importOptions = ImportOption.DoNotIncludeTests.class)
class VectorizationStructureTest {

    /** Vectors' methods that work on arrays: all but dotBoxed and sumBoxed (and the lambdas inside those). */
    private static final DescribedPredicate<JavaCodeUnit> PRIMITIVE_VECTOR_METHODS = describe(
            "Vectors' methods on arrays (all but the *Boxed ones)",
            unit -> unit.getOwner().isEquivalentTo(Vectors.class) && !unit.getName().contains("Boxed"));

    /** The same, and every method of LogisticRegression. */
    private static final DescribedPredicate<JavaCodeUnit> PRIMITIVE_CODE = describe(
            "Vectors' methods on arrays and LogisticRegression's methods",
            unit -> PRIMITIVE_VECTOR_METHODS.test(unit) || unit.getOwner().isEquivalentTo(LogisticRegression.class));

    /** What boxing and unboxing a double compile to. */
    private static final Set<String> BOXING = Set.of("java.lang.Double.valueOf", "java.lang.Double.doubleValue",
            "java.lang.Number.doubleValue", "java.lang.Double.<init>");

    /** Lecture: vectorizing is the easiest step to fast code; a stream pipeline hides the loop from the JIT. */
    @ArchTest
    @Points(1)
    @RuleName("Vectors' methods on arrays use no stream")
    static final ArchRule primitiveVectorMethodsUseNoStreams = codeUnits()
            .that(PRIMITIVE_VECTOR_METHODS)
            .should(access("use no java.util.stream",
                    target -> target.getOwner().getPackageName().equals("java.util.stream")))
            .because("axpy, dot, sum and the unrolled versions are plain loops over arrays, the code the JIT turns "
                    + "into SIMD instructions. Streams belong in dotBoxed and sumBoxed, which show what they cost");

    /** Lecture: numba's nopython mode compiles only code on plain numbers and arrays; so does the JIT, best. */
    @ArchTest
    @Points(1)
    @RuleName("only dotBoxed and sumBoxed box or unbox a double")
    static final ArchRule noBoxingOutsideTheBoxedMethods = codeUnits()
            .that(PRIMITIVE_CODE)
            .should(access("neither box nor unbox a double",
                    target -> BOXING.contains(target.getOwner().getName() + "." + target.getName())))
            .because("every boxed Double is an object somewhere in memory, reached through a pointer: no SIMD "
                    + "instruction can load it, and making one costs an allocation. Keep doubles in double[] and "
                    + "local double variables; only dotBoxed and sumBoxed work on List<Double>");

    /** A condition that fails for every access (call, field access, method reference) whose target matches. */
    private static ArchCondition<JavaCodeUnit> access(String description,
            java.util.function.Predicate<AccessTarget> forbidden) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                    if (forbidden.test(access.getTarget())) {
                        events.add(SimpleConditionEvent.violated(unit, access.getDescription()));
                    }
                }
            }
        };
    }
}
