package de.ihk.write;

import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Writers that run at the same moment get the answers they would get one after the other, and never a 5xx. */
@QuarkusTest
class ConcurrentWritesApiTest {

    @Test
    void writersOfDifferentStepsOfOneMeasureNeverRefuseEachOther() throws Exception {
        String slug = Fixtures.area();
        String measure = Fixtures.measure(slug, Fixtures.measureBody("M1", Fixtures.actionField(slug, "F1")));
        String steps = "/api/v1/areas/" + slug + "/measures/" + measure + "/steps";
        List<String> ids = IntStream.range(0, 8)
                .mapToObj(i -> api().body(Map.of("title", "Schritt " + i, "status", "OPEN", "position", i))
                        .post(steps)
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("id"))
                .toList();

        List<Integer> statuses = together(ids.stream()
                        .<Callable<List<Integer>>>map(id -> () -> {
                            List<Integer> mine = new ArrayList<>();
                            for (int round = 0; round < 15; round++) {
                                String etag = Fixtures.etag(steps + "/" + id);
                                mine.add(api().header("If-Match", etag)
                                        .body(Map.of("title", "Schritt, Runde " + round, "status", "IN_PROGRESS"))
                                        .put(steps + "/" + id)
                                        .statusCode());
                            }
                            return mine;
                        })
                        .toList())
                .stream()
                .flatMap(List::stream)
                .toList();

        assertThat(statuses).hasSize(120).containsOnly(200);
        api().get("/api/v1/areas/{slug}/measures/{id}", slug, measure)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not("\"0\""));
    }

    @Test
    void parallelDeletesOfOneMeasureDeleteItOnceAndRefuseTheRest() throws Exception {
        String slug = Fixtures.area();
        String measure = Fixtures.measure(slug, Fixtures.measureBody("M1", Fixtures.actionField(slug, "F1")));
        String path = "/api/v1/areas/" + slug + "/measures/" + measure;
        String etag = Fixtures.etag(path);

        List<Integer> statuses = together(IntStream.range(0, 20)
                .<Callable<Integer>>mapToObj(
                        i -> () -> api().header("If-Match", etag).delete(path).statusCode())
                .toList());

        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 204 || s == 404 || s == 412, "204, 404 or 412");
        api().get(path).then().statusCode(404);
    }

    @Test
    void parallelRevocationsOfOneTokenAllSucceed() throws Exception {
        String id = api().body(Map.of(
                        "name",
                        "Integration",
                        "role",
                        "ADMIN",
                        "expiresAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token.id");

        List<Integer> statuses = together(IntStream.range(0, 10)
                .<Callable<Integer>>mapToObj(
                        i -> () -> api().delete("/api/v1/tokens/{id}", id).statusCode())
                .toList());

        assertThat(statuses).containsOnly(204);
        api().get("/api/v1/tokens/{id}", id)
                .then()
                .statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(Credentials.adminToken()).isNotBlank();
    }

    /** Runs the tasks at the same moment and returns their results in order. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
