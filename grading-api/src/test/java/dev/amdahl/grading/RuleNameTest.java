package dev.amdahl.grading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A structure rule's row in the points table shows what it checks, not the name of its field. */
class RuleNameTest {

    @AnalyzeClasses(packagesOf = RuleNameTest.class)
    static class Rules {

        @ArchTest
        @Points(1)
        @RuleName("no class is called Impossible")
        static final ArchRule named = classes().should().haveSimpleNameNotEndingWith("Impossible");

        @ArchTest
        @Points(1)
        static final ArchRule unnamed = classes().should().haveSimpleNameNotEndingWith("Impossible");
    }

    @Test
    void aRuleWithARuleNameShowsItAndOneWithoutShowsItsField() {
        List<PlannedTest> planned = ListenerRuns.discover(Rules.class);
        Map<String, String> names = planned.stream()
                .collect(Collectors.toMap(PlannedTest::methodName, PlannedTest::displayName));

        assertEquals(Map.of("named", "no class is called Impossible", "unnamed", "unnamed"), names);
        planned.forEach(test -> assertEquals(TestKind.STRUCTURE, test.kind()));
    }
}
