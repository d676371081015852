package de.ihk.presentation;

import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A presentation whose day has passed gets a new version, because its representation no longer says "upcoming". */
@QuarkusTest
class PastPresentationsTest {

    @Inject
    PastPresentations pastPresentations;

    @Inject
    EntityManager em;

    @Test
    void aPresentationWhoseDayPassedGetsANewVersionOnceAfterTheDateChanged() {
        String slug = Fixtures.area();
        String path = "/api/v1/areas/" + slug + "/presentations/";
        String id = api().body(Map.of(
                        "committeeId",
                        Fixtures.committee(slug, "Rat"),
                        "date",
                        Fixtures.today().minusDays(1).toString(),
                        "title",
                        "Vorstellung",
                        "status",
                        "SCHEDULED"))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = Fixtures.etag(path + id);
        // As if the application had last looked at the date two days ago, when the presentation was still ahead.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE calendar_day SET day = :day")
                        .setParameter("day", Fixtures.today().minusDays(2))
                        .executeUpdate());

        assertThat(pastPresentations.catchUp(Fixtures.today())).isGreaterThanOrEqualTo(1);

        api().header("If-None-Match", etag)
                .get(path + id)
                .then()
                .statusCode(200)
                .body("upcoming", equalTo(false));
        assertThat(Fixtures.etag(path + id)).isNotEqualTo(etag);
        assertThat(pastPresentations.catchUp(Fixtures.today()))
                .as("the same day again")
                .isZero();
    }
}
