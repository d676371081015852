package de.ihk.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of the packaged application ({@code java -jar quarkus-run.jar}). It only hands the check of the
 * request URI from Quarkus, which refuses a bad URI with an empty 400, to {@link HttpLayerProblems}, which makes the same
 * check and answers with problem+json. Quarkus reads the property once, when its HTTP layer is set up, so it has to be
 * set before Quarkus starts; an explicit {@code -Dvertx.disableURIValidation=false} is respected. The tests set the
 * property through Surefire.
 */
@QuarkusMain
public class ServerMain {

    public static void main(String... args) {
        if (System.getProperty(HttpLayerProblems.QUARKUS_URI_VALIDATION_OFF) == null) {
            System.setProperty(HttpLayerProblems.QUARKUS_URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
