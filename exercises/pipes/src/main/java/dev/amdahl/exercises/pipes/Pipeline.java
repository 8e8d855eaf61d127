package dev.amdahl.exercises.pipes;

import java.util.List;

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
        // TODO: one ProcessBuilder per stage (stderr: Redirect.INHERIT), start them all with
        //  ProcessBuilder.startPipeline, close the first process's stdin, read the last one's stdout to the end
        //  (UTF-8), then wait for every process and collect the exit codes.
        throw new UnsupportedOperationException("TODO: implement Pipeline.run (see the exercise README)");
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
        // TODO: start one process per stage (stderr: Redirect.INHERIT) and close the first one's stdin.
        //  For each pair of neighbours, start a thread that copies upstream.getInputStream() into
        //  downstream.getOutputStream() (see the two rules above: close the downstream stdin at the end, and
        //  close the upstream stdout when the downstream process is gone). Read the last process's stdout here,
        //  then wait for the pumps and for every process.
        throw new UnsupportedOperationException("TODO: implement Pipeline.runByHand (see the exercise README)");
    }
}
