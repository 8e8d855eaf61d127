package dev.amdahl.grader.gradebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What to tell someone who named a student the gradebook does not know: the ids it does know, closest first. */
final class UnknownStudent {

    private static final int SHOWN = 10;

    private UnknownStudent() {
    }

    static String message(String student, List<String> known, Path file) {
        StringBuilder message = new StringBuilder("No submission has the id '").append(student)
                .append("' in the gradebook ").append(file).append('.');
        if (known.isEmpty()) {
            return message.append(" It has no submissions yet: run the batch first, then use the ids it lists.")
                    .toString();
        }
        List<String> close = known.stream().filter(id -> similar(id, student)).limit(SHOWN).toList();
        if (!close.isEmpty()) {
            message.append(" Did you mean ").append(close.stream().map(id -> "'" + id + "'")
                    .collect(Collectors.joining(" or "))).append('?');
        }
        message.append(" Use one of the ids the batch registered; ")
                .append(known.size() == 1 ? "there is 1: " : "there are " + known.size() + ": ")
                .append(String.join(", ", known.subList(0, Math.min(SHOWN, known.size()))))
                .append(known.size() > SHOWN ? ", …" : "").append('.');
        return message.toString();
    }

    private static boolean similar(String id, String wanted) {
        String a = id.toLowerCase(Locale.ROOT);
        String b = wanted.toLowerCase(Locale.ROOT);
        return a.equals(b) || (b.length() >= 3 && (a.startsWith(b) || a.contains(b))) || distance(a, b) <= 2;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
