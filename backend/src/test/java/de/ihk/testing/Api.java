package de.ihk.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Entry points for API tests. Every request and response is checked against the committed
 * contract (openapi.yaml at the project root); a test that sends bad input on purpose uses
 * {@link #badInput()}, which checks only the response.
 */
public final class Api {

    public static final Path CONTRACT =
            Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter STRICT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toString())
                    .build());

    public static final OpenApiValidationFilter RESPONSES_ONLY =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** What a client of this API accepts: the resource, or a problem. */
    public static final String ACCEPT = "application/json, application/problem+json";

    private Api() {}

    /** A request of an administrator whose request and response must both match the contract. */
    public static RequestSpecification api() {
        return withToken(Credentials.adminToken());
    }

    /** A request without credentials, as residents make them. */
    public static RequestSpecification anonymous() {
        return given().filter(STRICT).contentType(ContentType.JSON).accept(ACCEPT);
    }

    /** A request with the given API token. */
    public static RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** An administrator's request that breaks the contract on purpose; its response must still match it. */
    public static RequestSpecification badInput() {
        return given().filter(RESPONSES_ONLY)
                .accept(ACCEPT)
                .header("Authorization", "Bearer " + Credentials.adminToken());
    }
}
