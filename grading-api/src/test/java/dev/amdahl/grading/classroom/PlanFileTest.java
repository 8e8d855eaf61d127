package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

    private static final List<PlanEntry> PLAN = List.of(
            new PlanEntry("processes", "[engine:junit-jupiter]/[class:a.B]/[method:c()]", 10.0 / 3, false,
                    TestKind.BEHAVIOUR, "c()"),
            new PlanEntry("processes", "[engine:archunit]/[class:a.S]/[field:rule]", 2, true, TestKind.STRUCTURE,
                    "tab\tand\nnewline \\ <b>"));

    @Test
    void roundTripsEveryField(@TempDir Path folder) throws Exception {
        Path file = folder.resolve(".github/amdahl/plan.tsv");
        PlanFile.write(file, PLAN);

        assertEquals(PLAN, PlanFile.read(file));
        assertTrue(PlanFile.render(PLAN).startsWith("# amdahl plan v1\nprocesses\t"), PlanFile.render(PLAN));
        assertTrue(PlanFile.render(PLAN).contains("\t3.3333333333333335\tfalse\tBEHAVIOUR\t"));
        assertTrue(PlanFile.render(PLAN).contains("\t2\ttrue\tSTRUCTURE\t"));
    }

    @Test
    void plansOnlyTestsWithPoints() {
        PlannedTest worth = new PlannedTest("id1", "C", "m", "m()", 2, true, Visibility.VISIBLE, TestKind.BEHAVIOUR);
        PlannedTest nothing = new PlannedTest("id2", "C", "n", "n()", 0);

        assertEquals(List.of(new PlanEntry("x", "id1", 2, true, TestKind.BEHAVIOUR, "m()")),
                PlanFile.entries("x", List.of(worth, nothing)));
    }

    @Test
    void readsWhatAnotherWriterWrote() throws Exception {
        String text = "# amdahl plan v1\r\nex\tid\t2.0\tfalse\tBEHAVIOUR\tname\r\n\r\n";

        assertEquals(List.of(new PlanEntry("ex", "id", 2, false, TestKind.BEHAVIOUR, "name")), PlanFile.parse(text));
    }

    @Test
    void namesWhatIsWrongWithAGarbledPlan() {
        String header = "# amdahl plan v1\n";
        assertEquals("the first line is not \"# amdahl plan v1\"",
                assertThrows(InvalidPlanException.class, () -> PlanFile.parse("ex\tid\t1\tfalse\tBEHAVIOUR\tn\n"))
                        .getMessage());
        assertTrue(assertThrows(InvalidPlanException.class,
                () -> PlanFile.parse(header + "ex\tid\tmany\tfalse\tBEHAVIOUR\tn\n")).getMessage()
                .startsWith("line 2: points are not a number"));
        assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header + "ex\tid\t1\tyes\tBEHAVIOUR\tn\n"));
        assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header + "ex\tid\t1\tfalse\tSTYLE\tn\n"));
        assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header + "ex\tid\t-1\tfalse\tBEHAVIOUR\tn\n"));
        assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header + "ex\tid\tNaN\tfalse\tBEHAVIOUR\tn\n"));
        assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header + "../x\tid\t1\tfalse\tBEHAVIOUR\tn\n"));
        assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header + "ex\tid\t1\tfalse\tBEHAVIOUR\n"));
        assertTrue(assertThrows(InvalidPlanException.class, () -> PlanFile.parse(header
                + "ex\tid\t1\tfalse\tBEHAVIOUR\tn\nex\tid\t1\tfalse\tBEHAVIOUR\tn\n")).getMessage()
                .contains("planned twice"));
    }
}
