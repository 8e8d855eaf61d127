package dev.amdahl.grader.batch;

import java.io.PrintWriter;

/** One line per submission, for logs and scripts, where a redrawn bar would be noise. */
public final class LineProgress implements BatchProgress {

    private final PrintWriter out;
    private String lane = "";
    private int total;
    private int done;

    public LineProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void lane(String name, int count) {
        lane = name;
        total = count;
        done = 0;
        out.println(name + ": " + count + (count == 1 ? " submission" : " submissions"));
        out.flush();
    }

    @Override
    public synchronized void finished(String student, String outcome) {
        done++;
        out.println("[" + lane + " " + done + "/" + total + "] " + student + ": " + outcome);
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
