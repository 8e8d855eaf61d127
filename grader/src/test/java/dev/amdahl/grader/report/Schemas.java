package dev.amdahl.grader.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON schemas that formats are checked against in tests: SARIF 2.1.0, and Gradescope's results.json. */
public final class Schemas {

    private Schemas() {
    }

    /** What is wrong with {@code json} under the SARIF 2.1.0 schema; empty when it is valid. */
    public static List<String> sarifViolations(String json) {
        return violations("sarif-schema-2.1.0.json", json);
    }

    /** What is wrong with {@code json} under a strict schema of Gradescope's documented fields. */
    public static List<String> gradescopeViolations(String json) {
        return violations("gradescope-results.schema.json", json);
    }

    private static List<String> violations(String resource, String json) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return schema.validate(json, InputFormat.JSON,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                    .stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
