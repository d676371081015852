package de.ihk.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The API's entry point: its name, version and where the documentation is. Needs no database, so it is also the benchmark's baseline. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

    public record ApiInfo(String name, String version, String docs) {}

    private static final ApiInfo INFO = new ApiInfo("IHK API", "1", "/q/swagger-ui/");

    @GET
    public ApiInfo get() {
        return INFO;
    }
}
