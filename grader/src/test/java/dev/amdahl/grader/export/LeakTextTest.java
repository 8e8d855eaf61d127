package dev.amdahl.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The normalisations the leak check compares by: what they ignore, and what they must keep. */
class LeakTextTest {

    @Test
    void commentsGoButCommentLikeTextInLiteralsStays() {
        String source = """
                int a = 1; // one
                /* two
                   lines */ String url = "http://example.org/*x*/"; char c = '/';
                String block = \"""
                    // kept
                    \""";
                """;

        String stripped = LeakText.withoutWhitespace(LeakText.withoutJavaComments(source));

        assertThat(stripped).isEqualTo("inta=1;Stringurl=\"http://example.org/*x*/\";charc='/';"
                + "Stringblock=\"\"\"//kept\"\"\";");
    }

    @Test
    void aFileWithANulByteOrThatIsNotUtf8IsBinary() {
        assertThat(LeakText.decode("plain é".getBytes(StandardCharsets.UTF_8))).contains("plain é");
        assertThat(LeakText.decode(new byte[] {'a', 0, 'b'})).isEmpty();
        assertThat(LeakText.decode(new byte[] {'a', (byte) 0xC3})).isEmpty();
    }

    @Test
    void methodsAreComparedByTheirPrintedBodyAndDeclaredByClassNameAndParameterTypes() throws Exception {
        String source = """
                class Outer {
                    Outer(int x) { super(); }
                    static { System.out.println(); }
                    void todo() { throw new UnsupportedOperationException("TODO"); }
                    static int sum(int... values) {
                        // a comment
                        return java.util.Arrays.stream(values).sum();
                    }
                    static class Inner {
                        int   twice( java.util.List<String> xs ) { return xs.size()*2; }
                    }
                }
                """;
        Path file = Path.of("Outer.java");

        JavaMethodParser.Parsed parsed = JavaMethodParser.parse(Map.of(file, source)).get(file);

        assertThat(parsed.clean()).isTrue();
        assertThat(parsed.methods()).extracting(JavaMethod::label, JavaMethod::trivial).containsExactly(
                org.assertj.core.groups.Tuple.tuple("constructor Outer(int)", true),
                org.assertj.core.groups.Tuple.tuple("static initializer of Outer", false),
                org.assertj.core.groups.Tuple.tuple("method todo()", true),
                org.assertj.core.groups.Tuple.tuple("method sum(int[])", false),
                org.assertj.core.groups.Tuple.tuple("method twice(java.util.List<String>)", false));
        JavaMethod sum = parsed.methods().get(3);
        assertThat(sum.body()).doesNotContain("comment");
        assertThat(sum.isDeclaredAs("Outer.sum(int...)")).isTrue();
        assertThat(sum.isDeclaredAs("Outer.sum(int[])")).isTrue();
        assertThat(sum.isDeclaredAs("Outer.sum(long...)")).isFalse();
        assertThat(parsed.methods().get(0).isDeclaredAs("Outer.Outer(int)")).isTrue();
        JavaMethod twice = parsed.methods().get(4);
        assertThat(twice.isDeclaredAs("Inner.twice(java.util.List<String>)")).isTrue();
        assertThat(twice.isDeclaredAs("Outer.Inner.twice( java.util.List< String > )")).isTrue();
        assertThat(twice.isDeclaredAs("Outer.twice(java.util.List<String>)")).isFalse();
    }

    @Test
    void aSourceWithErrorsIsUncleanAndKeepsWhatJavacCouldRead() throws Exception {
        Path file = Path.of("Broken.java");

        JavaMethodParser.Parsed parsed = JavaMethodParser.parse(Map.of(file,
                "class Broken { void fine() { run(); run(); } void bad() { int = ; } ")).get(file);

        assertThat(parsed.clean()).isFalse();
        assertThat(parsed.methods()).extracting(JavaMethod::label).contains("method fine()");
    }
}
