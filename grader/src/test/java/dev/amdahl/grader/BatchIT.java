package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.gradebook.Gradebook;
import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.HistoryItem;
import dev.amdahl.grader.intake.StudentIds;
import dev.amdahl.grader.sandbox.OurContainers;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades the sample class (samples/class: 34 latency submissions as an LMS download, honest, buggy, broken, hostile
 * and duplicated) with {@code amdahl batch}, the real command line in its own JVM, on a real Docker engine: once
 * without interruption, and half of it once more, killed with SIGKILL at random moments and resumed.
 */
@RequiresDocker
class BatchIT {

    private static final Path REPO = Repository.root();
    /** The batches this test started, whose containers it checks. */
    private static final List<Long> BATCH_PIDS = new CopyOnWriteArrayList<>();
    /** A Moodle folder whose name a spreadsheet would run as a formula: the CSVs and the report must defuse it. */
    private static final String FORMULA_NAME = "=HYPERLINK(\"evil.example\";\"<b>x<i>\")"; // a folder name: no slash
    private static final List<String> OPTIONS = List.of("-e", "latency", "--seed", "1", "--timeout", "30s",
            "--workers", "2", "--progress", "lines");

    /** The similarity check is tested on the uninterrupted batch; the killed one need not repeat it. */
    private static final List<String> NO_SIMILARITY = List.of("--no-similarity");

    @TempDir
    static Path temp;

    private static Path input;
    private static Map<String, Double> uninterrupted;
    private static Map<String, String> uninterruptedStates;
    /** Per student, the tests that did not pass and why: what a wrong score needs to be understood. */
    private static Map<String, String> uninterruptedNotPassed;

    @BeforeAll
    static void gradeTheClassOnce() throws Exception {
        input = temp.resolve("download");
        Process build = new ProcessBuilder(java(), REPO.resolve("samples/class/BuildClass.java").toString(),
                "--course", REPO.toString(), "--out", input.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("build-class.log").toFile()).start();
        assertThat(build.waitFor(3, TimeUnit.MINUTES)).as("BuildClass ends").isTrue();
        assertThat(build.exitValue()).as(Files.readString(temp.resolve("build-class.log"))).isZero();
        Path formula = input.resolve(FORMULA_NAME + "_123499_assignsubmission_file_");
        Files.createDirectories(formula);
        Files.copy(input.resolve("smithjane_12345_67890_latency.zip"), formula.resolve("copy.zip"));

        Run run = batch(input, temp.resolve("uninterrupted"), null, List.of());
        assertThat(run.exit).as(run.log()).isZero();
        uninterrupted = scores(temp.resolve("uninterrupted"));
        uninterruptedStates = states(temp.resolve("uninterrupted"));
        uninterruptedNotPassed = notPassed(temp.resolve("uninterrupted"));
    }

    @AfterAll
    static void noContainerIsLeftBehind() throws Exception {
        // Only the batches this test ran: another grading on the same engine is none of its business.
        assertThat(OurContainers.leftBy(BATCH_PIDS.stream().mapToLong(Long::longValue).toArray()))
                .as("containers the batches left behind").isEmpty();
    }

    @Test
    void everySubmissionGetsTheResultItsSampleDescribes() throws Exception {
        Map<String, String[]> expected = expected();
        assertThat(uninterrupted.keySet()).containsAll(expected.keySet());
        // Every student checked, not only up to the first wrong one: one run shows all that changed.
        SoftAssertions students = new SoftAssertions();
        for (Map.Entry<String, String[]> student : expected.entrySet()) {
            String id = student.getKey();
            String score = student.getValue()[0];
            String verdict = student.getValue()[1];
            if (score.equals("-")) {
                students.assertThat(uninterruptedStates.get(id)).as(id + ": " + verdict).isEqualTo("UNUSABLE");
                students.assertThat(uninterrupted.get(id)).as(id + ": no score, not a zero").isNaN();
            } else {
                students.assertThat(uninterruptedStates.get(id)).as(id).isEqualTo("GRADED");
                students.assertThat(uninterrupted.get(id)).as(id + ": " + verdict + uninterruptedNotPassed.get(id))
                        .isEqualTo(Double.parseDouble(score));
            }
        }
        students.assertAll();
        String log = Files.readString(temp.resolve("uninterrupted.log"));
        assertThat(log).contains("failed internally").contains("Average score:");
    }

    @Test
    void theExportsAreWhatCanvasMoodleAndTheInstructorExpect() throws Exception {
        Path out = temp.resolve("uninterrupted");
        Map<String, String[]> expected = expected();
        List<String> canvas = Files.readAllLines(out.resolve("grades-canvas.csv"), StandardCharsets.UTF_8);
        assertThat(canvas.get(0)).isEqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Amdahl");
        assertThat(canvas.get(1)).startsWith("Points Possible,,,,,29");
        assertThat(canvas).anySatisfy(line -> assertThat(line).startsWith("smithjane,12345,,,,"));
        List<CSVRecord> canvasRows = csv(out.resolve("grades-canvas.csv"));
        Map<String, String> canvasUserIds = canvasUserIds(input);
        assertThat(canvasRows.subList(2, canvasRows.size())).extracting(row -> row.get(0))
                .as("the students of Canvas's download, and only they")
                .containsExactlyInAnyOrderElementsOf(canvasUserIds.keySet()).hasSize(33);
        for (CSVRecord row : canvasRows.subList(2, canvasRows.size())) {
            String student = row.get(0);
            assertThat(row.get(1)).as("%s's ID: the user id in their Canvas file name", student)
                    .isEqualTo(canvasUserIds.get(student));
            assertThat(row.get(2) + row.get(3)).as("SIS columns: the institution's, not ours").isEmpty();
            if (expected.get(student)[0].equals("-")) {
                assertThat(row.get(5)).as(student + " is unusable: no grade, not a zero").isEmpty();
            } else {
                // the gradebook's score (the scores themselves are checked against expected.tsv above)
                assertThat(row.get(5)).as(student).isEqualTo(score(student));
            }
        }

        List<String> moodle = Files.readAllLines(out.resolve("grades-moodle.csv"), StandardCharsets.UTF_8);
        assertThat(moodle.get(0)).startsWith("Identifier,Full name,Email address,Status,Grade,Maximum Grade");
        assertThat(csv(out.resolve("grades-moodle.csv")).subList(1, 3)).as("the two Moodle folders, and only they")
                .extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(4))
                .containsExactlyInAnyOrder("Participant 123456 Jane Doe " + score("jane-doe"),
                        "Participant 123499 '" + FORMULA_NAME + " " + score(StudentIds.sanitize(FORMULA_NAME
                                .toLowerCase(Locale.ROOT))));
        assertThat(moodle).hasSize(3);
        for (List<String> lines : List.of(canvas, moodle)) {
            assertThat(lines).as("a name that starts like a formula is never one")
                    .noneMatch(line -> line.contains(",=") || line.contains(",\"=") || line.startsWith("="));
        }
        String log = Files.readString(temp.resolve("uninterrupted.log"));
        assertThat(log).as("each file says whom it leaves out")
                .contains("grades-canvas.csv leaves out 2 students without a Canvas user id")
                .contains("grades-moodle.csv leaves out 33 students without a Moodle participant number");

        String report = Files.readString(out.resolve("class-report.html"));
        assertThat(report).doesNotContain("<script").doesNotContain("<b>x<i>").contains("&lt;b&gt;x&lt;i&gt;")
                .contains("<svg");
        String text = report.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).as("the byte-for-byte copy is flagged for review")
                .contains("copelandryan nguyenlinh 100 %");
        try (var students = Files.list(out.resolve("students"))) {
            for (Path student : students.toList()) {
                assertThat(student.resolve("result.json")).exists();
                assertThat(student.resolve("feedback.md")).exists();
                assertThat(student.resolve("feedback.html")).exists();
            }
        }
    }

    @Test
    void killedAtRandomMomentsTheBatchResumesToExactlyOneResultEachAndTheSameScores() throws Exception {
        // Every other Canvas upload of the class: half the gradings of the whole class, the same kinds of submission
        // (the class is ordered by name, not by kind), and the uninterrupted batch's results to compare with.
        Path part = Files.createDirectories(temp.resolve("download-half"));
        List<Path> uploads;
        try (var files = Files.list(input)) {
            uploads = files.filter(f -> f.getFileName().toString().endsWith("_latency.zip")).sorted().toList();
        }
        for (int i = 0; i < uploads.size(); i += 2) {
            Files.copy(uploads.get(i), part.resolve(uploads.get(i).getFileName()));
        }
        Set<String> students = canvasUserIds(part).keySet();
        assertThat(students).hasSizeGreaterThanOrEqualTo(15);
        Path out = temp.resolve("killed");
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int killedWhileRunning = 0;
        for (int kill = 0; kill < 3; kill++) {
            // after 1 to 3 more results, and up to 2 s into the next: in the middle of gradings, never before the
            // batch has recorded anything (a wall-clock moment could be, on a busy machine)
            Run run = batch(part, out, new Kill(1 + random.nextInt(3), random.nextInt(2_000)), NO_SIMILARITY);
            killedWhileRunning += run.killed ? 1 : 0;
        }
        Run last = batch(part, out, null, NO_SIMILARITY);

        assertThat(killedWhileRunning).as("kills that hit a running batch (seed %d)", seed).isGreaterThanOrEqualTo(2);
        assertThat(last.exit).as(last.log()).isZero();
        assertThat(last.log()).contains("Resuming");
        assertThat(scores(out)).as("scores after kills (seed %d) against an uninterrupted run", seed)
                .isEqualTo(only(students, uninterrupted));
        assertThat(states(out)).isEqualTo(only(students, uninterruptedStates));
        try (Gradebook book = Gradebook.open(out.resolve(Gradebook.FILE_NAME), Clock.systemUTC())) {
            for (GradebookEntry entry : book.results().entries()) {
                List<HistoryItem> results = book.results().history(entry.student()).stream()
                        .filter(h -> h instanceof HistoryItem.Result).toList();
                assertThat(results).as("recorded results of %s (seed %d)", entry.student(), seed).hasSize(1);
            }
        }
        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::getFileName).map(Path::toString).filter(n -> n.endsWith(".partial")))
                    .as("half-written files").isEmpty();
        }
    }

    /** {@code results} of {@code students} alone. */
    private static <T> Map<String, T> only(Set<String> students, Map<String, T> results) {
        Map<String, T> theirs = new TreeMap<>(results);
        theirs.keySet().retainAll(students);
        assertThat(theirs.keySet()).as("the uninterrupted batch graded them all").isEqualTo(students);
        return theirs;
    }

    /** When to kill a batch: {@code millis} after it has told of {@code results} more results. */
    private record Kill(int results, long millis) {
    }

    /** Runs the batch on {@code download} in its own JVM; with a {@code kill}, kills it with SIGKILL then. */
    private static Run batch(Path download, Path out, Kill kill, List<String> more)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar",
                REPO.resolve("grader/target/amdahl.jar").toString(), "batch", download.toString(), "--out",
                out.toString(), "--course", REPO.toString()));
        command.addAll(OPTIONS);
        command.addAll(more);
        Path log = Path.of(out + ".log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BATCH_PIDS.add(process.pid());
        boolean killed = false;
        if (kill != null) {
            while (process.isAlive() && resultsToldSince(log, logBefore) < kill.results()) {
                Thread.sleep(50);
            }
            if (!process.waitFor(kill.millis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                killed = true;
            }
        }
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("the batch ends").isTrue();
        return new Run(killed ? -9 : process.exitValue(), killed, log);
    }

    /** How many "[Grading n/m] student: ..." lines the log has gained since it was {@code from} bytes long. */
    private static long resultsToldSince(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String added = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
        return added.lines().filter(line -> line.startsWith("[Grading ")).count();
    }

    private record Run(int exit, boolean killed, Path logFile) {
        String log() throws IOException {
            return Files.readString(logFile);
        }
    }

    private static Map<String, Double> scores(Path out) throws Exception {
        try (Gradebook book = Gradebook.open(out.resolve(Gradebook.FILE_NAME), Clock.systemUTC())) {
            Map<String, Double> scores = new TreeMap<>();
            for (GradebookEntry entry : book.results().entries()) {
                scores.put(entry.student(), entry.score().orElse(Double.NaN));
            }
            return scores;
        }
    }

    private static Map<String, String> notPassed(Path out) throws Exception {
        try (Gradebook book = Gradebook.open(out.resolve(Gradebook.FILE_NAME), Clock.systemUTC())) {
            Map<String, String> notPassed = new TreeMap<>();
            for (GradebookEntry entry : book.results().entries()) {
                StringBuilder text = new StringBuilder();
                entry.report().ifPresent(report -> report.exercises().forEach(exercise -> exercise.tests().stream()
                        .filter(test -> test.outcome() != Outcome.PASSED)
                        .forEach(test -> text.append("\n  ").append(test.outcome()).append(' ')
                                .append(test.test().displayName()).append(" (").append(test.durationMillis())
                                .append(" ms): ").append(test.message()))));
                notPassed.put(entry.student(), text.toString());
            }
            return notPassed;
        }
    }

    private static Map<String, String> states(Path out) throws Exception {
        try (Gradebook book = Gradebook.open(out.resolve(Gradebook.FILE_NAME), Clock.systemUTC())) {
            Map<String, String> states = new TreeMap<>();
            for (GradebookEntry entry : book.results().entries()) {
                states.put(entry.student(), entry.state().name());
            }
            return states;
        }
    }

    /** The student's score in the uninterrupted batch's gradebook, as the CSVs write it. */
    private static String score(String student) {
        assertThat(uninterrupted).containsKey(student);
        return Scores.format(uninterrupted.get(student));
    }

    /** Student → Canvas user id, read from the download's own file names ({@code smithjane_12345_67890_…zip}). */
    private static Map<String, String> canvasUserIds(Path download) throws IOException {
        Pattern canvasName = Pattern.compile("([a-z0-9]+)(?:_LATE)?_([0-9]+)_[0-9]+_.*\\.zip");
        Map<String, String> ids = new TreeMap<>();
        try (var files = Files.list(download)) {
            for (Path file : files.toList()) {
                Matcher name = canvasName.matcher(file.getFileName().toString());
                if (name.matches()) {
                    ids.put(name.group(1), name.group(2));
                }
            }
        }
        return ids;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(Files.readString(file))).getRecords();
    }

    /** samples/class/expected.tsv: each student's score ("-" for an unusable upload) and verdict. */
    private static Map<String, String[]> expected() throws IOException {
        Map<String, String[]> expected = new TreeMap<>();
        for (String line : Files.readAllLines(REPO.resolve("samples/class/expected.tsv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("student\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            expected.put(cells[0], new String[] {cells[1], cells[2]});
        }
        return expected;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
