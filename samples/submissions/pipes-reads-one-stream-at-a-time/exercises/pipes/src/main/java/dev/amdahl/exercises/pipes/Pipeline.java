package dev.amdahl.exercises.pipes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Pipelines of processes, connected by the operating system or by my own pump threads. */
public final class Pipeline {

    private Pipeline() {
    }

    /** Runs the stages with startPipeline and waits for all of them. */
    public static PipelineResult run(List<List<String>> stages) throws Exception {
        List<ProcessBuilder> builders = stages.stream()
                .map(command -> new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT))
                .toList();
        List<Process> started = ProcessBuilder.startPipeline(builders);
        started.get(0).getOutputStream().close();
        String text = new String(started.get(started.size() - 1).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        List<Integer> codes = new ArrayList<>();
        for (Process p : started) {
            codes.add(p.waitFor());
        }
        return new PipelineResult(text, codes);
    }

    /** Runs the stages with one platform thread per pipe that copies the bytes across. */
    public static PipelineResult runByHand(List<List<String>> stages) throws Exception {
        List<Process> started = new ArrayList<>();
        for (List<String> command : stages) {
            started.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        started.get(0).getOutputStream().close();
        List<Thread> copiers = new ArrayList<>();
        for (int k = 1; k < started.size(); k++) {
            Process writer = started.get(k - 1);
            Process reader = started.get(k);
            copiers.add(Thread.ofPlatform().name("copier-" + k).start(() -> copy(writer, reader)));
        }
        String text = new String(started.get(started.size() - 1).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        for (Thread copier : copiers) {
            copier.join();
        }
        List<Integer> codes = new ArrayList<>();
        for (Process p : started) {
            codes.add(p.waitFor());
        }
        return new PipelineResult(text, codes);
    }

    private static void copy(Process writer, Process reader) {
        // try-with-resources closes both ends whatever happens: the reader sees the end of its input, and
        // the writer a broken pipe once the reader has gone away.
        try (InputStream source = writer.getInputStream(); OutputStream sink = reader.getOutputStream()) {
            source.transferTo(sink);
        } catch (IOException readerWentAway) {
            System.err.println("pipe closed early: " + readerWentAway.getMessage());
        }
    }
}
