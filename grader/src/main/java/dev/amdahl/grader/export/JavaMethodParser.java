package dev.amdahl.grader.export;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads Java sources into their methods with the JDK's own parser ({@link JavacTask#parse()}: syntax only, no
 * classpath, nothing compiled), many files in one task so that javac starts once.
 */
final class JavaMethodParser {

    /**
     * What one source holds.
     *
     * @param methods what javac could read, also from a file with syntax errors (javac recovers what it can)
     * @param clean whether the file parsed without errors; if not, only its whole text can be trusted
     */
    record Parsed(List<JavaMethod> methods, boolean clean) {

        Parsed {
            methods = List.copyOf(methods);
        }
    }

    private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none");

    private JavaMethodParser() {
    }

    /** Parses every source (keyed by any path the caller likes); a source javac cannot read at all is unclean. */
    static Map<Path, Parsed> parse(Map<Path, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IOException("this Java runtime has no compiler (javax.tools): run the grader with a JDK");
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            return parseOrSplit(compiler, files, new ArrayList<>(sources.entrySet()));
        }
    }

    /**
     * javac gives up on a whole batch when one file defeats it (a deeply nested expression overflows its stack):
     * then each half is parsed again, so that only that file is lost, as unclean.
     */
    private static Map<Path, Parsed> parseOrSplit(JavaCompiler compiler, StandardJavaFileManager files,
            List<Map.Entry<Path, String>> sources) throws IOException {
        try {
            return parseTogether(compiler, files, sources);
        } catch (RuntimeException | StackOverflowError e) {
            Map<Path, Parsed> parsed = new LinkedHashMap<>();
            if (sources.size() == 1) {
                parsed.put(sources.getFirst().getKey(), new Parsed(List.of(), false));
            } else {
                int half = sources.size() / 2;
                parsed.putAll(parseOrSplit(compiler, files, sources.subList(0, half)));
                parsed.putAll(parseOrSplit(compiler, files, sources.subList(half, sources.size())));
            }
            return parsed;
        }
    }

    private static Map<Path, Parsed> parseTogether(JavaCompiler compiler, StandardJavaFileManager files,
            List<Map.Entry<Path, String>> sources) throws IOException {
        // javac wraps the file objects it is given, so they are told apart by their (unique) URIs.
        Map<URI, Path> paths = new LinkedHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources) {
            Source unit = new Source(units.size(), source.getKey(), source.getValue());
            units.add(unit);
            paths.put(unit.toUri(), source.getKey());
        }
        Set<URI> withErrors = new HashSet<>();
        // javac's own complaints (it reports a crash on stderr) go nowhere: a broken file is expected here.
        JavacTask task = (JavacTask) compiler.getTask(Writer.nullWriter(), files, diagnostic -> {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
                withErrors.add(diagnostic.getSource().toUri());
            }
        }, OPTIONS, null, units);
        Map<Path, Parsed> parsed = new LinkedHashMap<>();
        for (CompilationUnitTree unit : task.parse()) {
            URI uri = unit.getSourceFile().toUri();
            List<JavaMethod> methods = new ArrayList<>();
            try {
                new Collector(methods).scan(unit, null);
            } catch (RuntimeException | StackOverflowError e) {
                withErrors.add(uri); // a tree javac recovered badly; what was collected still counts
            }
            Path path = paths.get(uri);
            if (path != null) {
                parsed.put(path, new Parsed(methods, !withErrors.contains(uri)));
            }
        }
        for (Path path : paths.values()) {
            parsed.putIfAbsent(path, new Parsed(List.of(), false));
        }
        return parsed;
    }

    /** A source held in memory: each file is read once, by the caller, and javac reads the same text. */
    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(int index, Path path, String text) {
            super(uri(index, path), Kind.SOURCE);
            this.text = text;
        }

        private static URI uri(int index, Path path) {
            String name = path.getFileName() == null ? "Unnamed.java" : path.getFileName().toString();
            try {
                return new URI("string", null, "/" + index + "/" + name, null);
            } catch (URISyntaxException e) {
                return URI.create("string:///" + index + "/Unnamed.java");
            }
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Collects methods, constructors and initializer blocks of every class, nested, local and anonymous ones too. */
    private static final class Collector extends TreeScanner<Void, Void> {

        private final List<JavaMethod> methods;
        private final List<String> classes = new ArrayList<>();

        Collector(List<JavaMethod> methods) {
            this.methods = methods;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            classes.add(type.getSimpleName().toString());
            try {
                // Members in source order, an initializer block where it stands.
                for (Tree member : type.getMembers()) {
                    if (member instanceof BlockTree block) {
                        JavaMethod.Kind kind = block.isStatic()
                                ? JavaMethod.Kind.STATIC_INITIALIZER : JavaMethod.Kind.INITIALIZER;
                        add(kind, simpleClassName(), List.of(), block);
                    }
                    scan(member, unused);
                }
                return null;
            } finally {
                classes.removeLast();
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            if (method.getBody() != null) {
                boolean constructor = method.getName().contentEquals("<init>");
                List<String> types = new ArrayList<>();
                for (VariableTree parameter : method.getParameters()) {
                    types.add(String.valueOf(parameter.getType()));
                }
                add(constructor ? JavaMethod.Kind.CONSTRUCTOR : JavaMethod.Kind.METHOD,
                        constructor ? simpleClassName() : method.getName().toString(), types, method.getBody());
            }
            return super.visitMethod(method, unused);
        }

        private void add(JavaMethod.Kind kind, String name, List<String> types, BlockTree body) {
            methods.add(new JavaMethod(className(), kind, name, types, body.toString(), isTrivial(body)));
        }

        /** The enclosing classes that have a name: an anonymous class's methods count as its outer class's. */
        private String className() {
            return String.join(".", classes.stream().filter(name -> !name.isEmpty()).toList());
        }

        private String simpleClassName() {
            String name = className();
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /** Empty, only {@code super(...)}/{@code this(...)}, or only a {@code throw} (a skeleton's TODO). */
    static boolean isTrivial(BlockTree body) {
        List<? extends StatementTree> statements = body.getStatements();
        if (statements.isEmpty()) {
            return true;
        }
        if (statements.size() > 1) {
            return false;
        }
        StatementTree only = statements.getFirst();
        return only instanceof ThrowTree
                || only instanceof ExpressionStatementTree statement
                        && statement.getExpression() instanceof MethodInvocationTree call
                        && call.getMethodSelect() instanceof IdentifierTree callee
                        && (callee.getName().contentEquals("super") || callee.getName().contentEquals("this"));
    }
}
