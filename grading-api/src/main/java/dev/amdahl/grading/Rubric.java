package dev.amdahl.grading;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what tests are worth from their {@link Points} annotations, the single source of a course's test
 * points: a test's own annotation, else its class's group (the nearest enclosing class that has one), whose
 * points its unannotated tests share equally. A structure rule's name comes from its {@link RuleName}.
 */
public final class Rubric {

    /**
     * A test found by discovery, before its points are known.
     *
     * @param testClass the class that declares it, or null when it cannot be loaded here (it is then worth 0)
     * @param member    the method or field, or null when it cannot be loaded here
     */
    public record Candidate(String uniqueId, String className, String memberName, String displayName,
            Class<?> testClass, AnnotatedElement member, TestKind kind) {
    }

    private Rubric() {
    }

    /** The planned tests, in the order given. */
    public static List<PlannedTest> plan(List<Candidate> candidates) {
        Map<Class<?>, Integer> groupSizes = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (own(candidate) == null) {
                Class<?> group = groupOf(candidate.testClass());
                if (group != null) {
                    groupSizes.merge(group, 1, Integer::sum);
                }
            }
        }
        List<PlannedTest> planned = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Points own = own(candidate);
            double points = 0;
            boolean extraCredit = false;
            Visibility visibility = Visibility.VISIBLE;
            if (own != null) {
                points = own.value();
                extraCredit = own.extraCredit();
                visibility = own.visibility();
            } else {
                Class<?> group = groupOf(candidate.testClass());
                if (group != null) {
                    Points shared = group.getAnnotation(Points.class);
                    points = shared.value() / groupSizes.get(group);
                    extraCredit = shared.extraCredit();
                    visibility = shared.visibility();
                }
            }
            planned.add(new PlannedTest(candidate.uniqueId(), candidate.className(), candidate.memberName(),
                    displayName(candidate), valid(points), extraCredit, visibility, candidate.kind()));
        }
        return List.copyOf(planned);
    }

    /**
     * What is wrong with the {@code @Points} of {@code testClass} (and its nested classes): a value that is not
     * more than 0, or a group whose every test has points of its own, so the group's points go nowhere.
     */
    public static List<String> problems(Class<?> testClass) {
        List<String> problems = new ArrayList<>();
        Points group = testClass.getAnnotation(Points.class);
        if (group != null && !(group.value() > 0 && Double.isFinite(group.value()))) {
            problems.add(testClass.getName() + ": @Points(" + group.value() + ") must be more than 0");
        }
        int shares = 0;
        for (var method : testClass.getDeclaredMethods()) {
            shares += check(testClass.getName() + "." + method.getName(), method, problems);
        }
        for (var field : testClass.getDeclaredFields()) {
            check(testClass.getName() + "." + field.getName(), field, problems);
        }
        if (group != null && shares == 0 && testClass.getDeclaredClasses().length == 0) {
            problems.add(testClass.getName() + ": the group's @Points(" + group.value() + ") has no test to share "
                    + "them: every test method has @Points of its own");
        }
        for (Class<?> nested : testClass.getDeclaredClasses()) {
            problems.addAll(problems(nested));
        }
        return problems;
    }

    /** 1 when {@code member} is a test without points of its own (a share of its group), else 0. */
    private static int check(String name, AnnotatedElement member, List<String> problems) {
        Points points = member.getAnnotation(Points.class);
        if (points != null && !(points.value() > 0 && Double.isFinite(points.value()))) {
            problems.add(name + ": @Points(" + points.value() + ") must be more than 0");
        }
        boolean test = java.util.Arrays.stream(member.getAnnotations())
                .anyMatch(a -> a.annotationType().getSimpleName().matches("Test|ParameterizedTest|RepeatedTest"));
        return points == null && test ? 1 : 0;
    }

    /** The rule's {@link RuleName} when it has one, else the name discovery gave. */
    private static String displayName(Candidate candidate) {
        try {
            RuleName name = candidate.member() == null ? null : candidate.member().getAnnotation(RuleName.class);
            return name == null || name.value().isBlank() ? candidate.displayName() : name.value();
        } catch (RuntimeException | LinkageError e) {
            return candidate.displayName(); // the class cannot be loaded here; JUnit reports that failure itself
        }
    }

    private static double valid(double points) {
        return points > 0 && Double.isFinite(points) ? points : 0;
    }

    private static Points own(Candidate candidate) {
        try {
            return candidate.member() == null ? null : candidate.member().getAnnotation(Points.class);
        } catch (RuntimeException | LinkageError e) {
            return null; // the class cannot be loaded here; JUnit reports that failure itself
        }
    }

    private static Class<?> groupOf(Class<?> testClass) {
        try {
            for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
                if (c.isAnnotationPresent(Points.class)) {
                    return c;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
        return null;
    }
}
