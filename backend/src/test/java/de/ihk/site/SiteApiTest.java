package de.ihk.site;

import static de.ihk.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteApiTest {

    @Test
    void anyoneReadsTheOperatorDetailsOfTheSettingsWithUnsetOnesNull() {
        anonymous()
                .get("/api/v1/site")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, no-cache")
                .body("operator", equalTo("Stadt Musterhausen"))
                .body("address", equalTo(List.of("Fachbereich Städtebau", "Marktplatz 1", "12345 Musterhausen")))
                .body("email", equalTo("ihk@musterhausen.example"))
                // the accessibility contact falls back to the e-mail address
                .body("accessibilityEmail", equalTo("ihk@musterhausen.example"))
                .body("phone", nullValue())
                .body("representedBy", nullValue())
                .body("enforcementBody", nullValue());
    }
}
