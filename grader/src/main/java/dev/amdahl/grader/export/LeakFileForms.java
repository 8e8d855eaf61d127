package dev.amdahl.grader.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forms in which two files count as the same, as digests: the text without whitespace; for Java also without
 * comments; a binary file by its bytes.
 *
 * @param text the file's text, empty for a binary file
 * @param isJava whether the file is named {@code *.java}
 */
record LeakFileForms(Optional<String> text, boolean isJava, List<String> digests) {

    LeakFileForms {
        digests = List.copyOf(digests);
    }

    /** The forms of a file as a secret, or as a file of {@code exercises/}. */
    static LeakFileForms of(String fileName, byte[] content) {
        return of(fileName, content, false);
    }

    /**
     * The forms of an exported file: also its Java form when it is not named {@code .java}, so that a solution
     * saved as a resource is found even with its comments changed.
     */
    static LeakFileForms ofExported(String fileName, byte[] content) {
        return of(fileName, content, true);
    }

    private static LeakFileForms of(String fileName, byte[] content, boolean javaFormOfAnyText) {
        boolean isJava = fileName.endsWith(".java");
        Optional<String> text = LeakText.decode(content);
        List<String> digests = new ArrayList<>();
        if (text.isPresent()) {
            digests.add(LeakText.digest("text", LeakText.withoutWhitespace(text.get())));
            if (isJava || javaFormOfAnyText) {
                digests.add(LeakText.digest("java",
                        LeakText.withoutWhitespace(LeakText.withoutJavaComments(text.get()))));
            }
        } else {
            digests.add(LeakText.digest("bytes", content));
        }
        return new LeakFileForms(text, isJava, digests);
    }

    /** Nothing but whitespace (or comments): an empty file is nobody's secret. */
    boolean isBlank() {
        return text.isPresent() && LeakText.withoutWhitespace(LeakText.withoutJavaComments(text.get())).isEmpty();
    }
}
