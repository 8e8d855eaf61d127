package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grading.StudentText;
import dev.amdahl.grading.classroom.RunnerResults.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerJsonTest {

    @Test
    void writesEveryFieldTheReporterReadsInItsOrder() {
        RunnerResults results = new RunnerResults(Status.FAIL, 10.5, List.of(
                new RunnerResults.Test("ex: adds", Status.PASS, 2.0, "", "a.B#adds", "a/B.java", 0, 15),
                new RunnerResults.Test("Late penalty", Status.FAIL, -1.25, "2 days late", "", "", 0, 0)));

        assertEquals("{\"version\":1,\"status\":\"fail\",\"max_score\":10.5,\"tests\":["
                + "{\"name\":\"ex: adds\",\"status\":\"pass\",\"score\":2,\"message\":\"\",\"test_code\":\"a.B#adds\","
                + "\"filename\":\"a/B.java\",\"line_no\":0,\"duration\":15},"
                + "{\"name\":\"Late penalty\",\"status\":\"fail\",\"score\":-1.25,\"message\":\"2 days late\","
                + "\"test_code\":\"\",\"filename\":\"\",\"line_no\":0,\"duration\":0}]}", RunnerJson.render(results));
    }

    @Test
    void namesAndMessagesArePrintableAndCut() throws Exception {
        RunnerResults results = new RunnerResults(Status.ERROR, 1, List.of(new RunnerResults.Test(
                "ex: two\nlines " + "n".repeat(500), Status.ERROR, 0,
                "\u001b[2Jexpected <1>\r\nbut was <2>" + "m".repeat(5000), "t", "f", 0, 0)));

        JsonNode test = new ObjectMapper().readTree(RunnerJson.render(results)).get("tests").get(0);

        String name = test.get("name").asText();
        assertEquals(RunnerJson.MAX_NAME_CHARS, name.length());
        assertTrue(name.startsWith("ex: two?lines n") && name.endsWith(StudentText.CUT), name);
        String message = test.get("message").asText();
        assertEquals(RunnerJson.MAX_MESSAGE_CHARS, message.length());
        assertTrue(message.startsWith("?[2Jexpected <1>\nbut was <2>m") && message.endsWith(StudentText.CUT), message);
    }
}
