package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Registration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A grader that never stops: run in its own JVM by {@link GradebookCrashTest}, which kills it. It does what a batch
 * does (register, claim, record, regrade, override), with reports that say who they belong to and how they were
 * made, so that what survives can be checked.
 */
final class CrashingGrader {

    static final int STUDENTS = 12;
    static final int GROUP = 3;

    private CrashingGrader() {
    }

    /** {@code args}: the gradebook file, a seed. Prints "ready" once it has recorded its first result. */
    public static void main(String[] args) throws GradebookException {
        stopWhenOrphaned();
        Random random = new Random(Long.parseLong(args[1]));
        try (Gradebook gradebook = Gradebook.open(Path.of(args[0]), Clock.systemUTC())) {
            gradebook.settings().check(Map.of("course", "sha256:crash", "exercises", "sum,matrix,pipeline"));
            gradebook.queue().register(IntStream.range(0, STUDENTS).mapToObj(i -> registration("s" + i)).toList());
            gradebook.queue().resumeInterrupted();
            for (long n = 0; ; n++) {
                if (n % 10 == 0) {
                    // Groups that must arrive whole: a registration is all or nothing.
                    String group = "g" + Long.toUnsignedString(random.nextLong(), 36);
                    gradebook.queue().register(IntStream.range(0, GROUP).mapToObj(i -> registration(group + "-" + i))
                            .toList());
                }
                Optional<Registration> next = gradebook.queue().claim();
                if (next.isEmpty()) {
                    gradebook.queue().requestRegradeAll();
                    continue;
                }
                String student = next.get().student();
                int variant = random.nextInt(1_000_000);
                var report = SampleReports.rich(student + "/" + variant, variant);
                switch (random.nextInt(6)) {
                    case 0 -> gradebook.results().recordUnusable(student, report, "problem " + variant);
                    case 1 -> gradebook.results().record(student, report, SubmissionState.INCOMPLETE);
                    case 2 -> gradebook.results().record(student, report, SubmissionState.AWAITING_TIMING);
                    default -> gradebook.results().record(student, report, SubmissionState.GRADED);
                }
                if (random.nextInt(5) == 0) {
                    gradebook.results().override(student, variant / 1000.0, "crash test", "variant " + variant);
                }
                gradebook.fetchLog().observed("repo-" + student, java.time.Instant.now(), "f".repeat(40));
                if (n == 0) {
                    // Warmed up: from here on, a kill most likely lands in the middle of recording.
                    System.out.println("ready");
                }
            }
        }
    }

    /**
     * Ends this JVM when the test that started it is gone (its end of our standard input closes) or after a minute,
     * so that a test run killed itself leaves no grader looping behind.
     */
    private static void stopWhenOrphaned() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is sent: only the end of the stream matters.
                }
            } catch (java.io.IOException e) {
                // The same: the parent is gone.
            }
            Runtime.getRuntime().halt(3);
        }, "orphan-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(4);
        }, "time-limit");
        limit.setDaemon(true);
        limit.start();
    }

    private static Registration registration(String id) {
        return new Registration(id, "Name " + id, "in/" + id);
    }

    /** A report's submission as {@link #main} wrote it: the student, then the variant. */
    static List<String> parts(String submission) {
        return List.of(submission.split("/", 2));
    }
}
