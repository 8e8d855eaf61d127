package dev.amdahl.exercises.pipes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Connecting processes with pipes, as a shell does with {@code cat words.txt | sort | uniq -c}: each
 * process's standard output becomes the next one's standard input (lecture: "piping processes").
 *
 * <p>A pipeline is a list of stages; each stage is one command as a list (the program first, then its
 * arguments, no shell in between). The first process gets no input (its stdin is closed at once); every
 * process's standard error goes to this program's standard error; the last process's standard output is
 * what the pipeline returns.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Runs the pipeline with {@link ProcessBuilder#startPipeline(List)}, which connects the processes with
     * the operating system's pipes, and waits until every process has ended.
     *
     * @param stages the commands, at least one
     * @return what the last process printed, and every process's exit code, in order
     */
    public static PipelineResult run(List<List<String>> stages) throws Exception {
        List<ProcessBuilder> builders = new ArrayList<>();
        for (List<String> stage : stages) {
            builders.add(new ProcessBuilder(stage).redirectError(ProcessBuilder.Redirect.INHERIT));
        }
        List<Process> processes = ProcessBuilder.startPipeline(builders);
        try {
            processes.getFirst().getOutputStream().close();
            byte[] output = processes.getLast().getInputStream().readAllBytes();
            return new PipelineResult(new String(output, StandardCharsets.UTF_8), exitCodes(processes));
        } finally {
            processes.forEach(Process::destroyForcibly); // only matters when something above failed
        }
    }

    /**
     * The same pipeline, connected by hand, the way the lecture does it with {@code Popen(...,
     * stdin=p1.stdout)}: every process is started on its own, and for each link one thread copies
     * ("pumps") process i's stdout into process i+1's stdin while all of them run.
     *
     * <p>Two things make a pump correct. When the upstream process has no more output, close the downstream
     * process's stdin: that is how it learns its input has ended ({@code sort} prints nothing before).
     * When the downstream process ends early ({@code head -1}), writing to it fails: stop pumping and close
     * the upstream process's stdout, so that the upstream process gets a broken pipe and ends too (the
     * lecture's {@code p1.stdout.close()}).
     *
     * @param stages the commands, at least one
     * @return what the last process printed, and every process's exit code, in order
     */
    public static PipelineResult runByHand(List<List<String>> stages) throws Exception {
        List<Process> processes = new ArrayList<>();
        try {
            for (List<String> stage : stages) {
                processes.add(new ProcessBuilder(stage).redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            processes.getFirst().getOutputStream().close();
            byte[] output;
            try (ExecutorService pumps = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i + 1 < processes.size(); i++) {
                    Process upstream = processes.get(i);
                    Process downstream = processes.get(i + 1);
                    pumps.submit(() -> pump(upstream, downstream));
                }
                output = processes.getLast().getInputStream().readAllBytes();
            } // closing the executor waits for every pump to finish
            return new PipelineResult(new String(output, StandardCharsets.UTF_8), exitCodes(processes));
        } finally {
            processes.forEach(Process::destroyForcibly); // only matters when something above failed
        }
    }

    /**
     * Copies upstream's stdout into downstream's stdin until one of them is done, then closes both ends: the
     * downstream process sees the end of its input, and the upstream one a broken pipe if it writes on.
     */
    private static Void pump(Process upstream, Process downstream) {
        InputStream from = upstream.getInputStream();
        OutputStream to = downstream.getOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                to.write(buffer, 0, n);
                to.flush(); // hand it on now: the downstream process may be waiting for this very line
            }
        } catch (IOException downstreamGone) {
            // Writing failed because the downstream process has ended (head -1): stop pumping.
        } finally {
            closeQuietly(to);
            closeQuietly(from);
        }
        return null;
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            stream.close();
        } catch (Exception alreadyBroken) {
            // flushing into a pipe whose reader is gone fails; the stream is closed all the same
        }
    }

    private static List<Integer> exitCodes(List<Process> processes) throws InterruptedException {
        List<Integer> codes = new ArrayList<>();
        for (Process process : processes) {
            codes.add(process.waitFor());
        }
        return codes;
    }
}
