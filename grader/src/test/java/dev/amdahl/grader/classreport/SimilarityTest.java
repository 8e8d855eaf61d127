package dev.amdahl.grader.classreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JPlag in process: renamed copies score high, unrelated code low, the skeleton everyone got does not count. */
class SimilarityTest {

    private static final String PRIMES = """
            package demo;

            import java.util.ArrayList;
            import java.util.List;

            public class Primes {
                public static List<Integer> primesBelow(int limit) {
                    boolean[] composite = new boolean[limit];
                    List<Integer> primes = new ArrayList<>();
                    for (int candidate = 2; candidate < limit; candidate++) {
                        if (composite[candidate]) {
                            continue;
                        }
                        primes.add(candidate);
                        for (long multiple = (long) candidate * candidate; multiple < limit; multiple += candidate) {
                            composite[(int) multiple] = true;
                        }
                    }
                    return primes;
                }

                public static int countPrimes(int from, int to) {
                    int count = 0;
                    for (int value = Math.max(2, from); value < to; value++) {
                        boolean prime = true;
                        for (int divisor = 2; (long) divisor * divisor <= value; divisor++) {
                            if (value % divisor == 0) {
                                prime = false;
                                break;
                            }
                        }
                        if (prime) {
                            count++;
                        }
                    }
                    return count;
                }
            }
            """;

    /** The same program with every name changed, as a copier would. */
    private static final String PRIMES_RENAMED = PRIMES.replace("composite", "crossedOut").replace("candidate", "n")
            .replace("primes", "found").replace("multiple", "m").replace("value", "x").replace("divisor", "d")
            .replace("count", "total").replace("prime", "isP").replace("limit", "bound");

    private static final String WORDS = """
            package demo;

            import java.util.HashMap;
            import java.util.Map;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import java.util.concurrent.Future;

            public class Words {
                private final Map<String, Integer> counts = new HashMap<>();

                public synchronized void add(String text) {
                    for (String word : text.toLowerCase().split("\\\\W+")) {
                        if (!word.isEmpty()) {
                            counts.merge(word, 1, Integer::sum);
                        }
                    }
                }

                public Map<String, Integer> snapshot() throws Exception {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        Future<Map<String, Integer>> copy = pool.submit(() -> {
                            synchronized (this) {
                                return new HashMap<>(counts);
                            }
                        });
                        return copy.get();
                    } finally {
                        pool.shutdown();
                    }
                }

                @Override
                public String toString() {
                    StringBuilder out = new StringBuilder();
                    counts.forEach((word, n) -> out.append(word).append('=').append(n).append('\\n'));
                    return out.toString();
                }
            }
            """;

    private static Path student(Path root, String id, Map<String, String> files) throws IOException {
        Path folder = root.resolve(id);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return folder;
    }

    @Test
    void aRenamedCopyScoresHighAndUnrelatedCodeLow(@TempDir Path root) throws IOException {
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("alice", student(root, "a", Map.of("demo/Primes.java", PRIMES)));
        sources.put("bob", student(root, "b", Map.of("demo/Primes.java", PRIMES_RENAMED)));
        sources.put("carol", student(root, "c", Map.of("demo/Words.java", WORDS)));

        SimilarityResult result = Similarity.compare(sources, Optional.empty());

        assertThat(result.ran()).as(result.note()).isTrue();
        assertThat(result.compared()).isEqualTo(3);
        assertThat(result.pairs()).hasSize(3);
        SimilarityResult.Pair top = result.pairs().get(0);
        assertThat(top.first() + "+" + top.second()).isEqualTo("alice+bob");
        assertThat(top.similarity()).isGreaterThan(0.9);
        assertThat(result.pairs().subList(1, 3)).allSatisfy(pair -> {
            assertThat(pair.first() + pair.second()).contains("carol");
            assertThat(pair.similarity()).isLessThan(0.3);
        });
    }

    @Test
    void theBaseCodeDoesNotCount(@TempDir Path root) throws IOException {
        // Both students kept the whole skeleton and each wrote a small, different class of their own.
        String own1 = "package demo;\npublic class Mine {\n    public int twice(int x) {\n        int y = x * 2;\n"
                + "        return y;\n    }\n}\n";
        String own2 = "package demo;\npublic class Other {\n    public String greet(String who) {\n"
                + "        if (who == null) {\n            throw new IllegalArgumentException(\"who\");\n        }\n"
                + "        return \"hello \" + who;\n    }\n}\n";
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("dana", student(root, "d", Map.of("demo/Primes.java", PRIMES, "demo/Words.java", WORDS,
                "demo/Mine.java", own1)));
        sources.put("erin", student(root, "e", Map.of("demo/Primes.java", PRIMES, "demo/Words.java", WORDS,
                "demo/Other.java", own2)));
        Path skeleton = student(root, "skeleton", Map.of("demo/Primes.java", PRIMES, "demo/Words.java", WORDS));

        double without = Similarity.compare(sources, Optional.empty()).pairs().get(0).similarity();
        SimilarityResult with = Similarity.compare(sources, Optional.of(skeleton));

        assertThat(without).as("the shared skeleton alone makes them alike").isGreaterThan(0.8);
        assertThat(with.ran()).as(with.note()).isTrue();
        assertThat(with.pairs().get(0).similarity()).isLessThan(0.2);
    }

    @Test
    void saysWhyWhenThereIsNothingToCompare(@TempDir Path root) throws IOException {
        SimilarityResult one = Similarity.compare(Map.of("alice", student(root, "a", Map.of("A.java", PRIMES))),
                Optional.empty());
        assertThat(one.ran()).isFalse();
        assertThat(one.note()).contains("at least 2 students");

        Path empty = Files.createDirectories(root.resolve("empty"));
        SimilarityResult noSources = Similarity.compare(Map.of("alice", root.resolve("a"), "bob", empty),
                Optional.empty());
        assertThat(noSources.ran()).isFalse();
        assertThat(noSources.note()).contains("without Java sources: bob");
    }

    @Test
    void sourcesThatDoNotParseAreLeftOutNotThrown(@TempDir Path root) throws IOException {
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("alice", student(root, "a", Map.of("demo/Primes.java", PRIMES)));
        sources.put("bob", student(root, "b", Map.of("demo/Primes.java", PRIMES_RENAMED)));
        sources.put("mallory", student(root, "m", Map.of("demo/Bad.java", "class { { { ((((( ".repeat(10))));

        SimilarityResult result = Similarity.compare(sources, Optional.empty());

        assertThat(result.ran()).as(result.note()).isTrue();
        assertThat(result.note()).contains("could not parse").contains("mallory");
        assertThat(result.pairs()).singleElement().satisfies(pair -> assertThat(pair.second()).isEqualTo("bob"));
    }
}
