package dev.amdahl.grader.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The order in which the course teaches its exercises: the order of the {@code <module>}s in
 * {@code exercises/pom.xml}, which is also the order in which Maven runs a student's tests. Keeping it there gives
 * it one home: reports, gradebooks and the student's README list the exercises as {@code ./mvnw test} runs them.
 * An exercise the build does not list comes after the listed ones, by name; without that file all go by name.
 */
final class CourseOrder {

    static final String BUILD = "pom.xml";

    private CourseOrder() {
    }

    /** A comparator of exercise ids in the order {@code exercisesFolder}'s build lists them. */
    static Comparator<String> of(Path exercisesFolder) throws CourseException {
        List<String> modules = modules(exercisesFolder.resolve(BUILD));
        return Comparator.<String>comparingInt(id -> {
            int index = modules.indexOf(id);
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Comparator.naturalOrder());
    }

    /** The {@code <modules>} of a Maven build, in order; none when the file does not exist. */
    static List<String> modules(Path pom) throws CourseException {
        if (!Files.isRegularFile(pom)) {
            return List.of();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A course may come from anyone: no DOCTYPE, so no entity can reach outside the file.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            List<String> modules = new ArrayList<>();
            NodeList children = project.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element && element.getTagName().equals("modules")) {
                    NodeList listed = element.getElementsByTagName("module");
                    for (int j = 0; j < listed.getLength(); j++) {
                        modules.add(listed.item(j).getTextContent().strip());
                    }
                }
            }
            return List.copyOf(modules);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CourseException("Cannot read the order of the exercises from " + pom.toAbsolutePath().normalize()
                    + ": " + e.getMessage() + ". Fix the file (its <modules> list the exercises in the order they are"
                    + " taught) or remove it to order them by name.");
        }
    }
}
