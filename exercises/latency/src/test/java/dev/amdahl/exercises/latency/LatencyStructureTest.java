package dev.amdahl.exercises.latency;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.RuleName;
import java.util.List;

/** How the code is built, not what it does. These points count once a behaviour test passes. */
@AnalyzeClasses(packagesOf = CacheEffects.class, importOptions = ImportOption.DoNotIncludeTests.class)
class LatencyStructureTest {

    /** Lecture: a main memory reference costs 200 L1 references; following pointers again and again costs more. */
    @ArchTest
    @Points(2)
    @RuleName("CacheEffects walks a linked list with its iterator, never with get(i)")
    static final ArchRule linkedListsAreWalkedNotIndexed = noClasses()
            .that().belongToAnyOf(CacheEffects.class)
            .should().callMethodWhere(target(describe("List.get(int)", (CodeUnitCallTarget method) ->
                    method.getName().equals("get")
                            && method.getRawParameterTypes().size() == 1
                            && method.getRawParameterTypes().get(0).isEquivalentTo(int.class)
                            && method.getOwner().isAssignableTo(List.class))))
            .because("a LinkedList has no index: get(i) follows i pointers from the start of the list (or from its "
                    + "end), every time, so summing n numbers with get(i) follows about n²/4 pointers instead of n. "
                    + "Walk the list once with a for-each loop (its iterator)");
}
