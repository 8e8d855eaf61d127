package dev.amdahl.grader.style;

import static dev.amdahl.grader.style.StyleCategory.COMPLEXITY;
import static dev.amdahl.grader.style.StyleCategory.DOCUMENTATION;
import static dev.amdahl.grader.style.StyleCategory.FORMATTING;
import static dev.amdahl.grader.style.StyleCategory.LIKELY_BUGS;
import static dev.amdahl.grader.style.StyleCategory.NAMING;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which category each check of the configuration belongs to, by the name a finding carries: the module's
 * {@code id} when it has one (e.g. {@code NoSystemExit}), else its short name (e.g. {@code MethodName}).
 * Kept apart from the XML so that a check added there without a category fails a test instead of reaching
 * students uncategorized.
 */
public final class CheckCategories {

    /** The pseudo-check of a file that is not valid Java: it is reported once instead of being checked. */
    public static final String PARSE_ERROR = "ParseError";

    private static final Map<String, StyleCategory> CATEGORIES = Map.ofEntries(
            Map.entry("TypeName", NAMING),
            Map.entry("MethodName", NAMING),
            Map.entry("MemberName", NAMING),
            Map.entry("ConstantName", NAMING),
            Map.entry("StaticVariableName", NAMING),
            Map.entry("LocalVariableName", NAMING),
            Map.entry("LocalFinalVariableName", NAMING),
            Map.entry("ParameterName", NAMING),
            Map.entry("LambdaParameterName", NAMING),
            Map.entry("CatchParameterName", NAMING),
            Map.entry("PatternVariableName", NAMING),
            Map.entry("RecordComponentName", NAMING),
            Map.entry("PackageName", NAMING),
            Map.entry("ClassTypeParameterName", NAMING),
            Map.entry("MethodTypeParameterName", NAMING),
            Map.entry("InterfaceTypeParameterName", NAMING),
            Map.entry("RecordTypeParameterName", NAMING),

            Map.entry("LineLength", FORMATTING),
            Map.entry("GenericWhitespace", FORMATTING),
            Map.entry("MethodParamPad", FORMATTING),
            Map.entry("NoWhitespaceAfter", FORMATTING),
            Map.entry("NoWhitespaceBefore", FORMATTING),
            Map.entry("OperatorWrap", FORMATTING),
            Map.entry("ParenPad", FORMATTING),
            Map.entry("TypecastParenPad", FORMATTING),
            Map.entry("WhitespaceAfter", FORMATTING),
            Map.entry("WhitespaceAround", FORMATTING),
            Map.entry("LeftCurly", FORMATTING),
            Map.entry("RightCurly", FORMATTING),
            Map.entry("NeedBraces", FORMATTING),
            Map.entry("OneStatementPerLine", FORMATTING),
            Map.entry("MultipleVariableDeclarations", FORMATTING),
            Map.entry("ModifierOrder", FORMATTING),
            Map.entry("ArrayTypeStyle", FORMATTING),
            Map.entry("RedundantImport", FORMATTING),
            Map.entry("UnusedImports", FORMATTING),

            Map.entry("MethodLength", COMPLEXITY),
            Map.entry("CyclomaticComplexity", COMPLEXITY),
            Map.entry("ParameterNumber", COMPLEXITY),
            Map.entry("NestedIfDepth", COMPLEXITY),
            Map.entry("NestedForDepth", COMPLEXITY),
            Map.entry("NestedTryDepth", COMPLEXITY),

            Map.entry("MissingJavadocType", DOCUMENTATION),
            Map.entry("MissingJavadocMethod", DOCUMENTATION),
            Map.entry("JavadocMethod", DOCUMENTATION),
            Map.entry("JavadocType", DOCUMENTATION),
            Map.entry("NonEmptyAtclauseDescription", DOCUMENTATION),
            Map.entry("InvalidJavadocPosition", DOCUMENTATION),

            Map.entry("EmptyCatchBlock", LIKELY_BUGS),
            Map.entry("EmptyBlock", LIKELY_BUGS),
            Map.entry("EmptyStatement", LIKELY_BUGS),
            Map.entry("EqualsHashCode", LIKELY_BUGS),
            Map.entry("CovariantEquals", LIKELY_BUGS),
            Map.entry("MissingSwitchDefault", LIKELY_BUGS),
            Map.entry("FallThrough", LIKELY_BUGS),
            Map.entry("StringLiteralEquality", LIKELY_BUGS),
            Map.entry("InnerAssignment", LIKELY_BUGS),
            Map.entry("SimplifyBooleanExpression", LIKELY_BUGS),
            Map.entry("SimplifyBooleanReturn", LIKELY_BUGS),
            Map.entry("ModifiedControlVariable", LIKELY_BUGS),
            Map.entry("UnusedLocalVariable", LIKELY_BUGS),
            Map.entry("NoFinalizer", LIKELY_BUGS),
            Map.entry("UpperEll", LIKELY_BUGS),
            Map.entry("NoSystemExit", LIKELY_BUGS),
            Map.entry(PARSE_ERROR, LIKELY_BUGS));

    private CheckCategories() {
    }

    /** The category of a check, by the name its findings carry; empty for a check nobody categorized. */
    public static Optional<StyleCategory> of(String check) {
        return Optional.ofNullable(CATEGORIES.get(check));
    }

    /** Every check that has a category, {@link #PARSE_ERROR} included. */
    public static Set<String> checks() {
        return CATEGORIES.keySet();
    }
}
