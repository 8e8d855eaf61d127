package dev.amdahl.grader.classreport;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Scores;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The class report's content, worked out from the gradebook: the template only lays it out. Every string is plain
 * text (numbers already formatted, student text with control characters replaced and cut to a length); the template
 * escapes all of it.
 */
final class ClassReportView {

    /** Scores are grouped in this many bins of the possible points. */
    static final int BINS = 10;
    /** The most style checks listed. */
    static final int MAX_CHECKS = 20;
    /** What any one piece of student text may take on the page. */
    static final int MAX_TEXT = 200;

    // The histogram's drawing, in SVG user units.
    private static final int CHART_LEFT = 36;
    private static final int CHART_TOP = 24;
    private static final int CHART_HEIGHT = 160;
    private static final int BAR_STEP = 56;
    private static final int BAR_WIDTH = 44;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ClassReportView() {
    }

    /** Everything on the page. */
    public record Page(String title, String generatedAt, Summary summary, Histogram histogram,
            List<StudentRow> students, List<ExerciseRates> exercises, List<SpeedupRow> speedups,
            List<StyleRow> style, Similar similarity) {
    }

    /** The numbers at the top. */
    public record Summary(int students, int graded, int incomplete, int unusable, int notFinished, int timedOut,
            int scored, String average, String median, String outOf, String averagePercent, String medianPercent) {
    }

    /** The score histogram, drawn as SVG bars. */
    public record Histogram(int width, int height, int baseline, List<Bar> bars) {
    }

    /** One bin: its rectangle, its label under it and its count above it. */
    public record Bar(int x, int y, int width, int height, int labelX, int labelY, int countY, String label,
            int count) {
    }

    /** One student's line. */
    public record StudentRow(String student, String name, String state, String stateClass, String score,
            String notes) {
    }

    /** One exercise: how it ended across the class, and each test's pass rate, hardest first. */
    public record ExerciseRates(String exercise, int students, String verdicts, List<TestRate> tests) {
    }

    /** One test's pass rate. */
    public record TestRate(String test, int passed, int total, String percent, int width) {
    }

    /** One student's timed case against the reference. */
    public record SpeedupRow(String student, String exercise, String name, String status, String statusClass,
            String speedup, String reference, String ratio, int width, String points) {
    }

    /** A style check and how many students it found something in. */
    public record StyleRow(String category, String check, int students, int findings, String example) {
    }

    /** The similarity section. */
    public record Similar(boolean ran, String note, int compared, String threshold, List<PairRow> pairs) {
    }

    /** One pair worth a look. */
    public record PairRow(String first, String second, String similarity, String maxSimilarity, boolean high) {
    }

    static Page of(ClassReportData data) {
        List<GradebookEntry> entries = data.entries().stream()
                .sorted(Comparator.comparing(GradebookEntry::student)).toList();
        // An unusable upload's report is a placeholder (every exercise "rejected", no test run): it says nothing about
        // the tests, speedups or style, and the class report calls it unusable, never rejected.
        List<GradebookEntry> withResult = entries.stream().filter(e -> e.state().hasResult()
                && e.state() != SubmissionState.UNUSABLE && e.report().isPresent()).toList();
        return new Page(clean(data.title()), WHEN.format(data.generatedAt()), summary(entries), histogram(entries),
                entries.stream().map(ClassReportView::student).toList(), exercises(withResult),
                speedups(withResult), style(withResult), similarity(data.similarity()));
    }

    private static Summary summary(List<GradebookEntry> entries) {
        Map<SubmissionState, Integer> states = new EnumMap<>(SubmissionState.class);
        entries.forEach(e -> states.merge(e.state(), 1, Integer::sum));
        int timedOut = (int) entries.stream().filter(e -> e.report().stream().flatMap(r -> r.exercises().stream())
                .anyMatch(x -> x.verdict() == Verdict.TIMEOUT)).count();
        List<Double> scores = scored(entries).stream().map(e -> e.score().orElseThrow()).sorted().toList();
        double outOf = entries.stream().mapToDouble(GradebookEntry::possible).max().orElse(0);
        double average = scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double median = scores.isEmpty() ? Double.NaN : scores.size() % 2 == 1 ? scores.get(scores.size() / 2)
                : (scores.get(scores.size() / 2 - 1) + scores.get(scores.size() / 2)) / 2;
        return new Summary(entries.size(), states.getOrDefault(SubmissionState.GRADED, 0),
                states.getOrDefault(SubmissionState.INCOMPLETE, 0), states.getOrDefault(SubmissionState.UNUSABLE, 0),
                states.getOrDefault(SubmissionState.PENDING, 0) + states.getOrDefault(SubmissionState.GRADING, 0)
                        + states.getOrDefault(SubmissionState.AWAITING_TIMING, 0),
                timedOut, scores.size(), points(average), points(median), points(outOf),
                percent(average, outOf), percent(median, outOf));
    }

    /** The entries whose score counts: a result is recorded, or an instructor set one. */
    private static List<GradebookEntry> scored(List<GradebookEntry> entries) {
        return entries.stream().filter(e -> (e.state().hasResult() || e.override().isPresent())
                && e.score().isPresent()).toList();
    }

    private static Histogram histogram(List<GradebookEntry> entries) {
        int[] counts = new int[BINS];
        for (GradebookEntry entry : scored(entries)) {
            double possible = entry.possible();
            double share = possible > 0 ? entry.score().orElseThrow() / possible : 0;
            counts[Math.max(0, Math.min(BINS - 1, (int) Math.floor(share * BINS)))]++;
        }
        int most = Math.max(1, java.util.Arrays.stream(counts).max().orElse(0));
        int baseline = CHART_TOP + CHART_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            int height = counts[i] == 0 ? 0 : Math.max(2, Math.round((float) CHART_HEIGHT * counts[i] / most));
            int x = CHART_LEFT + i * BAR_STEP;
            String label = (i * 100 / BINS) + "–" + (i == BINS - 1 ? 100 : (i + 1) * 100 / BINS - 1) + "%";
            bars.add(new Bar(x, baseline - height, BAR_WIDTH, height, x + BAR_WIDTH / 2, baseline + 18,
                    baseline - height - 6, label, counts[i]));
        }
        return new Histogram(CHART_LEFT * 2 + BINS * BAR_STEP, baseline + 32, baseline, bars);
    }

    private static StudentRow student(GradebookEntry entry) {
        List<String> notes = new ArrayList<>();
        if (!entry.problem().isBlank()) {
            notes.add(entry.problem());
        }
        entry.override().ifPresent(o -> notes.add("score set by " + o.by() + ": " + o.reason()));
        boolean ran = entry.state().hasResult() && entry.state() != SubmissionState.UNUSABLE;
        entry.report().filter(r -> ran).ifPresent(r -> {
            for (ExerciseResult exercise : r.exercises()) {
                if (exercise.verdict() != Verdict.COMPLETED) {
                    notes.add(exercise.exercise() + ": " + words(exercise.verdict()));
                }
            }
            if (r.latePenalty() > 0) {
                notes.add("late: −" + Scores.format(r.latePenalty()));
            }
        });
        boolean counts = entry.state().hasResult() || entry.override().isPresent();
        String score = counts ? entry.score().map(s -> Scores.format(s) + " / " + Scores.format(entry.possible()))
                .orElse("—") : "—";
        return new StudentRow(clean(entry.student()), clean(entry.registration().name()), words(entry.state()),
                entry.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), score,
                clean(String.join("; ", notes)));
    }

    private static List<ExerciseRates> exercises(List<GradebookEntry> entries) {
        Map<String, Map<String, int[]>> rates = new LinkedHashMap<>(); // exercise → test id → {passed, total}
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<Verdict, Integer>> verdicts = new LinkedHashMap<>();
        for (GradebookEntry entry : entries) {
            for (ExerciseResult exercise : entry.report().orElseThrow().exercises()) {
                verdicts.computeIfAbsent(exercise.exercise(), k -> new EnumMap<>(Verdict.class))
                        .merge(exercise.verdict(), 1, Integer::sum);
                if (!exercise.verdict().graded()) {
                    continue; // our fault, not the student's: it says nothing about the tests
                }
                Map<String, int[]> tests = rates.computeIfAbsent(exercise.exercise(), k -> new LinkedHashMap<>());
                for (GradedResult result : exercise.tests()) {
                    int[] rate = tests.computeIfAbsent(result.test().uniqueId(), k -> new int[2]);
                    names.putIfAbsent(exercise.exercise() + "\u0000" + result.test().uniqueId(),
                            result.test().displayName());
                    rate[0] += result.outcome().earnsPoints() ? 1 : 0;
                    rate[1]++;
                }
            }
        }
        List<ExerciseRates> out = new ArrayList<>();
        for (Map.Entry<String, Map<Verdict, Integer>> exercise : verdicts.entrySet()) {
            List<TestRate> tests = new ArrayList<>();
            rates.getOrDefault(exercise.getKey(), Map.of()).forEach((id, rate) -> tests.add(new TestRate(
                    clean(names.get(exercise.getKey() + "\u0000" + id)), rate[0], rate[1],
                    percent(rate[0], rate[1]), rate[1] == 0 ? 0 : Math.round(100f * rate[0] / rate[1]))));
            tests.sort(Comparator.comparingDouble((TestRate t) -> (double) t.passed() / Math.max(1, t.total()))
                    .thenComparing(TestRate::test));
            int students = exercise.getValue().values().stream().mapToInt(Integer::intValue).sum();
            List<String> ended = new ArrayList<>();
            exercise.getValue().forEach((verdict, count) -> {
                if (verdict != Verdict.COMPLETED) {
                    ended.add(count + " " + words(verdict));
                }
            });
            out.add(new ExerciseRates(clean(exercise.getKey()), students, String.join(", ", ended), tests));
        }
        return out;
    }

    private static List<SpeedupRow> speedups(List<GradebookEntry> entries) {
        record Timed(GradebookEntry entry, ExerciseResult exercise, SpeedupResult speedup) {
            double ratio() {
                return speedup.measurement().map(m -> m.ratio()).filter(Double::isFinite).orElse(-1.0);
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (GradebookEntry entry : entries) {
            for (ExerciseResult exercise : entry.report().orElseThrow().exercises()) {
                exercise.speedups().forEach(s -> timed.add(new Timed(entry, exercise, s)));
            }
        }
        timed.sort(Comparator.comparing((Timed t) -> t.exercise().exercise()).thenComparing(t -> t.speedup().name())
                .thenComparing(Comparator.comparingDouble(Timed::ratio).reversed())
                .thenComparing(t -> t.entry().student()));
        return timed.stream().map(t -> {
            SpeedupResult s = t.speedup();
            Optional<dev.amdahl.grader.scoring.SpeedupMeasurement> m = s.measurement();
            String points = s.status() == SpeedupResult.Status.NOT_APPLICABLE ? "—"
                    : s.needsReview() || !t.exercise().verdict().graded() ? "– / " + Scores.format(s.possible())
                    : Scores.format(s.earned()) + " / " + Scores.format(s.possible());
            return new SpeedupRow(clean(t.entry().student()), clean(t.exercise().exercise()), clean(s.name()),
                    words(s.status()), s.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    m.map(x -> times(x.studentSpeedup())).orElse("—"),
                    m.map(x -> times(x.referenceSpeedup())).orElse("—"),
                    m.map(x -> percent(x.ratio(), 1)).orElse("—"),
                    m.map(x -> Double.isFinite(x.ratio()) ? (int) Math.round(Math.max(0, Math.min(1, x.ratio())) * 100)
                            : 0).orElse(0), points);
        }).toList();
    }

    private static List<StyleRow> style(List<GradebookEntry> entries) {
        Map<String, Set<String>> students = new TreeMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        Map<String, StyleFinding> example = new TreeMap<>();
        for (GradebookEntry entry : entries) {
            for (ExerciseResult exercise : entry.report().orElseThrow().exercises()) {
                exercise.style().ifPresent(review -> {
                    for (StyleFinding finding : review.score().shown()) {
                        String key = finding.category().label() + "\u0000" + finding.check();
                        students.computeIfAbsent(key, k -> new HashSet<>()).add(entry.student());
                        findings.merge(key, 1, Integer::sum);
                        example.putIfAbsent(key, finding);
                    }
                });
            }
        }
        return students.keySet().stream()
                .sorted(Comparator.comparing((String k) -> students.get(k).size()).reversed()
                        .thenComparing(Comparator.comparing(findings::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_CHECKS)
                .map(k -> new StyleRow(example.get(k).category().label(), clean(example.get(k).check()),
                        students.get(k).size(), findings.get(k), clean(example.get(k).message())))
                .toList();
    }

    private static Similar similarity(SimilarityResult result) {
        return new Similar(result.ran(), clean(result.note()), result.compared(),
                percent(Similarity.THRESHOLD, 1),
                result.pairs().stream().map(p -> new PairRow(clean(p.first()), clean(p.second()),
                        percent(p.similarity(), 1), percent(p.maxSimilarity(), 1),
                        p.similarity() >= Similarity.THRESHOLD)).toList());
    }

    static String words(SubmissionState state) {
        return switch (state) {
            case PENDING -> "not graded yet";
            case GRADING -> "being graded";
            case AWAITING_TIMING -> "awaiting timing";
            case GRADED -> "graded";
            case INCOMPLETE -> "incomplete";
            case UNUSABLE -> "unusable";
        };
    }

    static String words(Verdict verdict) {
        return switch (verdict) {
            case COMPLETED -> "completed";
            case COMPILE_ERROR -> "did not compile";
            case TIMEOUT -> "timed out";
            case OUT_OF_MEMORY -> "ran out of memory";
            case OUTPUT_LIMIT -> "wrote too much output";
            case PROCESS_LIMIT -> "started too many processes";
            case CRASHED -> "crashed";
            case NOT_SUBMITTED -> "not submitted";
            case REJECTED -> "rejected";
            case INTERNAL_ERROR -> "not graded (grader error)";
        };
    }

    static String words(SpeedupResult.Status status) {
        return switch (status) {
            case SCORED -> "scored";
            case INCONCLUSIVE -> "inconclusive: needs you";
            case NOT_APPLICABLE -> "not applicable";
            case NOT_TIMED -> "not timed";
            case FAILED -> "failed";
            case INTERNAL_ERROR -> "grader error";
        };
    }

    /** Control characters (newlines too: every place this goes is one line) become spaces; long text is cut. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT + 8));
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.length() < text.length() && out.length() >= MAX_TEXT ? out + " …" : out.toString();
    }

    private static String points(double value) {
        return Double.isFinite(value) ? Scores.format(value) : "—";
    }

    private static String percent(double part, double whole) {
        return Double.isFinite(part) && whole > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * part / whole) : "—";
    }

    private static String times(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f×", value) : "—";
    }
}
