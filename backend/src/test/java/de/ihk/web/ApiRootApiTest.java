package de.ihk.web;

import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiRootApiTest {

    @Test
    void entryPointNamesTheApiItsVersionAndTheDocumentation() {
        Api.anonymous()
                .get("/api/v1")
                .then()
                .statusCode(200)
                .body("name", equalTo("IHK API"))
                .body("version", equalTo("1"))
                .body("docs", equalTo("/q/swagger-ui/"));
    }
}
