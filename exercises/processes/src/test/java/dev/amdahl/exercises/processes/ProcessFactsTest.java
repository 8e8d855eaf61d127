package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lecture: a process is a running program, with its own id, its command line, and a parent that started it. */
@DisplayName("ProcessFacts through ProcessHandle")
@ExtendWith(NoProcessLeftBehind.class)
@Order(4)
class ProcessFactsTest {

    @Test
    @Points(1)
    @DisplayName("the facts of this process: its pid, its parent and its program")
    @Order(1)
    void describesThisProcess() {
        ProcessHandle self = ProcessHandle.current();

        ProcessFacts facts = ProcessFacts.current();

        assertEquals(self.pid(), facts.pid(), "pid should be this process's id: ProcessHandle.current().pid().");
        assertEquals(self.parent().map(ProcessHandle::pid), facts.parentPid(),
                "parentPid should be the pid of the process that started this one (parent()).");
        assertEquals(self.info().command().orElse(""), facts.command(),
                "command should be the program this process runs (info().command()), here the java launcher.");
    }

    @Test
    @Points(2)
    @DisplayName("the facts of a child: its own pid, this process as its parent, its arguments")
    @Order(2)
    void describesAChild() throws Exception {
        Process child = new ProcessBuilder(Child.sleeping(600_000)).start();
        try {
            ProcessFacts facts = ProcessFacts.of(child.toHandle());

            assertEquals(child.pid(), facts.pid(), "pid should be the child's own id.");
            assertEquals(Optional.of(ProcessHandle.current().pid()), facts.parentPid(),
                    "This test started the child, so the child's parent is this process.");
            assertTrue(facts.arguments().contains(ChildProgram.class.getName()) && facts.arguments().contains("sleep"),
                    "arguments should be the child's command line after the program: " + facts.arguments());
            assertTrue(facts.command().endsWith("java"), "The child runs java, so command should end with it: "
                    + facts.command());
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}
