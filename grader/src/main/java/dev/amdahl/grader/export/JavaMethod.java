package dev.amdahl.grader.export;

import java.util.List;

/**
 * One piece of code of a Java source at method granularity: a method, a constructor or an initializer block.
 * Lambdas belong to the method around them; a method of an anonymous or local class is one of its own too.
 *
 * @param className the enclosing class's name, nested names joined by dots ({@code Outer.Inner})
 * @param name the method's name; for a constructor or initializer the class's simple name
 * @param parameterTypes the parameter types as written in the source
 * @param body the body printed by javac's tree printer: comments and layout do not change it
 * @param trivial an empty body, one that only calls {@code super(...)}/{@code this(...)}, or one that only throws
 */
record JavaMethod(String className, Kind kind, String name, List<String> parameterTypes, String body,
        boolean trivial) {

    enum Kind { METHOD, CONSTRUCTOR, INITIALIZER, STATIC_INITIALIZER }

    JavaMethod {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** How a message names it, e.g. {@code method killTree(Process)}. */
    String label() {
        return switch (kind) {
            case METHOD -> "method " + name + "(" + String.join(", ", parameterTypes) + ")";
            case CONSTRUCTOR -> "constructor " + name + "(" + String.join(", ", parameterTypes) + ")";
            case INITIALIZER -> "initializer block of " + className;
            case STATIC_INITIALIZER -> "static initializer of " + className;
        };
    }

    /** The same method in another copy of the file: same class, kind, name and parameter types. */
    String identity() {
        return className + " " + kind + " " + name + "(" + canonical(String.join(",", parameterTypes)) + ")";
    }

    /**
     * Whether {@code declaration}, written {@code Class.method(types)} (a constructor: {@code Class.Class(types)}),
     * names this method. The class may be the simple name or the nested one; spaces and varargs-versus-array
     * spelling do not matter.
     */
    boolean isDeclaredAs(String declaration) {
        if (kind == Kind.INITIALIZER || kind == Kind.STATIC_INITIALIZER) {
            return false;
        }
        String wanted = canonical(declaration);
        String parameters = "(" + canonical(String.join(",", parameterTypes)) + ")";
        String simpleClass = className.substring(className.lastIndexOf('.') + 1);
        return wanted.equals(canonical(className) + "." + name + parameters)
                || wanted.equals(simpleClass + "." + name + parameters);
    }

    private static String canonical(String text) {
        return LeakText.withoutWhitespace(text).replace("...", "[]");
    }
}
