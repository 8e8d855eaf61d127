package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UniqueIdsTest {

    @Test
    void namesTheClassAndMethodOfJupiterAndArchUnitIds() {
        assertEquals("a.b.FooTest#bar", UniqueIds.testCode(
                "[engine:junit-jupiter]/[class:a.b.FooTest]/[method:bar(java.lang.String, int)]"));
        assertEquals("a.b.FooTest$Inner#cases", UniqueIds.testCode(
                "[engine:junit-jupiter]/[class:a.b.FooTest]/[nested-class:Inner]/[test-template:cases(int)]"));
        assertEquals("a.b.FooStructureTest#rule", UniqueIds.testCode(
                "[engine:archunit]/[class:a.b.FooStructureTest]/[field:rule]"));
        assertEquals("a/b/FooTest.java", UniqueIds.sourcePath(
                "[engine:junit-jupiter]/[class:a.b.FooTest]/[nested-class:Inner]/[method:x()]"));
        assertEquals("something else", UniqueIds.testCode("something else"));
        assertEquals("", UniqueIds.sourcePath("[engine:x]/[class:../../etc/passwd]/[method:x()]"));
    }
}
