package dev.amdahl.grader.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a student, read from the course repository, and the check that an exported student
 * template holds none of it: no method body of a reference solution or of the reference tests (but the code
 * declared given in {@code solutions/given-code.txt}), of a hidden test, or a planted bug's changed method; no
 * copy of an instructor-only file; no planted bug's id or hidden test's name. Bodies are compared as javac prints
 * them, so comments, layout and the method's name do not hide a copy.
 */
public final class LeakCheck {

    private static final String GIVEN_CODE = "solutions/given-code.txt";

    private final LeakSecrets secrets;
    private final Map<LeakSecrets.Word, Pattern> wordPatterns = new LinkedHashMap<>();

    private LeakCheck(LeakSecrets secrets) {
        this.secrets = secrets;
        secrets.words().forEach(word -> wordPatterns.put(word, LeakSecrets.wholeWord(word.word())));
    }

    /**
     * Reads {@code solutions/}, {@code hidden/}, {@code planted-bugs/} and {@code exercises/} of a course.
     *
     * @throws IOException when they cannot be read, or a line of {@code solutions/given-code.txt} names nothing
     */
    public static LeakCheck of(Path courseRoot) throws IOException {
        return new LeakCheck(LeakSecrets.read(courseRoot));
    }

    /** Every leak in the files under {@code exportedTree}, by file; empty when the export is clean. */
    public List<Leak> scan(Path exportedTree) throws IOException {
        Path root = exportedTree.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("no exported tree at " + root);
        }
        Map<Path, LeakFileForms> forms = new LinkedHashMap<>();
        Map<Path, String> javaSources = new LinkedHashMap<>();
        List<Leak> leaks = new ArrayList<>();
        for (Path file : LeakSecrets.files(root, false)) {
            Path relative = root.relativize(file);
            Optional<Path> linked = Files.isSymbolicLink(file) ? secrets.secretLocation(realPathOf(file))
                    : Optional.empty();
            if (linked.isPresent()) {
                leaks.add(new Leak(relative, "whole file", linked.get(), name(relative) + ": a link to "
                        + name(linked.get()) + ", which is instructor-only. Replace it by a copy of what students "
                        + "should get, or remove it."));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                continue; // a link to a folder or to nothing: its target is not part of the export
            }
            LeakFileForms fileForms = LeakFileForms.ofExported(file.getFileName().toString(), Files.readAllBytes(file));
            forms.put(relative, fileForms);
            if (fileForms.isJava()) {
                fileForms.text().ifPresent(text -> javaSources.put(relative, text));
            }
        }
        Map<Path, JavaMethodParser.Parsed> parsed = JavaMethodParser.parse(javaSources);
        for (Map.Entry<Path, LeakFileForms> entry : forms.entrySet()) {
            Path file = entry.getKey();
            Optional<Path> copied = secrets.file(entry.getValue());
            if (copied.isPresent()) {
                leaks.add(wholeFile(file, copied.get()));
            } else if (parsed.containsKey(file)) {
                leaks.addAll(methodLeaks(file, parsed.get(file)));
            }
            entry.getValue().text().ifPresent(text -> leaks.addAll(wordLeaks(file, text)));
        }
        return List.copyOf(leaks);
    }

    private static Path realPathOf(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException dangling) {
            try {
                return link.getParent().resolve(Files.readSymbolicLink(link)).toAbsolutePath().normalize();
            } catch (IOException unreadable) {
                return link;
            }
        }
    }

    private List<Leak> methodLeaks(Path file, JavaMethodParser.Parsed source) {
        List<Leak> leaks = new ArrayList<>();
        for (JavaMethod method : source.methods()) {
            if (method.trivial()) {
                continue;
            }
            secrets.body(method.body()).ifPresent(secret -> leaks.add(
                    new Leak(file, method.label(), secret.source(), methodMessage(file, method, secret))));
        }
        return leaks;
    }

    private static String methodMessage(Path file, JavaMethod method, LeakSecrets.Secret secret) {
        String source = name(secret.source());
        String found = name(file) + ": " + method.label() + " is ";
        return switch (secret.origin()) {
            case SOLUTION -> found + "the reference solution's (" + source + "). Put the skeleton's TODO back, or, if "
                    + "students are meant to get this method, declare it in " + GIVEN_CODE + ".";
            case REFERENCE_TESTS -> found + "the reference tests' (" + source + "). Remove it: students write these "
                    + "tests themselves; if they are meant to get it, declare it in " + GIVEN_CODE + ".";
            case HIDDEN_TEST -> found + "a hidden test's (" + source + "). Remove it: hidden tests stay with the "
                    + "instructor.";
            case PLANTED_BUG -> found + "the changed method of planted bug " + secret.variant() + " (" + source
                    + "). Put the program's own method back (from exercises/" + secret.source().getName(1)
                    + "/src/main/java).";
        };
    }

    private static Leak wholeFile(Path file, Path secret) {
        return new Leak(file, "whole file", secret, name(file) + ": the whole file is a copy of " + name(secret)
                + ", which is instructor-only. Remove it from the export, or put back the version from exercises/.");
    }

    private List<Leak> wordLeaks(Path file, String text) {
        List<Leak> leaks = new ArrayList<>();
        for (Map.Entry<LeakSecrets.Word, Pattern> entry : wordPatterns.entrySet()) {
            LeakSecrets.Word word = entry.getKey();
            Matcher matcher = entry.getValue().matcher(text);
            if (matcher.find()) {
                String line = "line " + LeakText.lineOf(text, matcher.start());
                String what = word.variantId()
                        ? name(file) + " " + line + ": names the planted bug " + word.word() + " ("
                                + name(word.source()) + "). Remove the name: students may learn a planted bug's "
                                + "kind and description, never its id."
                        : name(file) + " " + line + ": names the hidden test " + word.word() + " ("
                                + name(word.source()) + "). Remove the name: hidden tests stay with the instructor.";
                leaks.add(new Leak(file, line, word.source(), what));
            }
        }
        return leaks;
    }

    /** A path as messages write it, with forward slashes on every system. */
    private static String name(Path path) {
        return path.toString().replace('\\', '/');
    }
}
