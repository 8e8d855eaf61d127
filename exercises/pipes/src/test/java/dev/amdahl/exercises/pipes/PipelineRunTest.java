package dev.amdahl.exercises.pipes;

import dev.amdahl.grading.Points;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lecture: piping processes, with the pipes made by the operating system (ProcessBuilder.startPipeline). */
@DisplayName("Pipeline.run with ProcessBuilder.startPipeline")
@Order(1)
class PipelineRunTest {

    @Test
    @Points(1)
    @DisplayName("run hands everything one program prints to the next one")
    @Order(1)
    void connectsTwoPrograms() throws Exception {
        PipelineCases.connectsTwoPrograms(Pipeline::run);
    }

    @Test
    @Points(1)
    @DisplayName("run computes cat words.txt | sort | uniq -c with the real tools")
    @Order(2)
    void countsWordsWithTools(@TempDir Path folder) throws Exception {
        PipelineCases.countsWordsWithTools(Pipeline::run, folder);
    }

    @Test
    @Points(1)
    @DisplayName("run reports every program's exit code and decodes the output as UTF-8")
    @Order(3)
    void reportsEveryExitCode() throws Exception {
        PipelineCases.reportsEveryExitCode(Pipeline::run);
    }
}
