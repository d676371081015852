package de.ihk.web;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * CORS is on exactly when origins are configured ({@code CORS_ORIGINS}): {@code quarkus.http.cors.enabled} defaults to
 * whether {@code quarkus.http.cors.origins} has a value (instead of Quarkus's default, false). Quarkus's CORS filter, once on, refuses requests whose
 * {@code Origin} it does not allow, so it must stay off where nobody asked for it. An explicit
 * {@code QUARKUS_HTTP_CORS_ENABLED} still wins. Registered in {@code META-INF/services}.
 */
public class CorsSwitch implements ConfigSourceInterceptor {

    static final String ENABLED = "quarkus.http.cors.enabled";
    static final String ORIGINS = "quarkus.http.cors.origins";

    /** The ordinal of the source that holds the defaults of Quarkus's settings, below every other source. */
    private static final int DEFAULTS = Integer.MIN_VALUE;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!ENABLED.equals(name) || (value != null && value.getConfigSourceOrdinal() != DEFAULTS)) {
            return value;
        }
        ConfigValue origins = context.proceed(ORIGINS);
        boolean configured = origins != null
                && origins.getValue() != null
                && !origins.getValue().isBlank();
        return ConfigValue.builder()
                .withName(name)
                .withValue(String.valueOf(configured))
                .withConfigSourceName(CorsSwitch.class.getSimpleName())
                .build();
    }
}
