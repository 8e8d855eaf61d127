package dev.amdahl.grader.batch;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with the rate and the time left, redrawn in place on a terminal. */
public final class TerminalProgress implements BatchProgress {

    private final PrintStream terminal;
    private ProgressBar bar;

    public TerminalProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void lane(String name, int total) {
        closeBar();
        bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK).showSpeed().setSpeedUnit(ChronoUnit.MINUTES)
                .setUnit(" submissions", 1).setUpdateIntervalMillis(500).setMaxRenderedLength(110)
                .setConsumer(new ConsoleProgressBarConsumer(terminal, 100))
                .build();
    }

    @Override
    public synchronized void finished(String student, String outcome) {
        if (bar != null) {
            bar.setExtraMessage(student + ": " + outcome);
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
