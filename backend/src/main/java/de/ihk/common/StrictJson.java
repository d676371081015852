package de.ihk.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Request bodies are read as the contract types them, nothing more: no number or boolean for a string, no string or
 * fraction for an integer, no number for a date, and no NUL character in a string. (That a list may be left out but
 * not be null is checked where bodies are read, {@link RequestProblems#nullLists}.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings(
            "deprecation") // ObjectMapper#configure(MapperFeature, …) is the way to change it after construction
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (Class<?> type : List.of(LocalDate.class, LocalTime.class, Instant.class)) {
            mapper.configOverride(type).setFormat(JsonFormat.Value.forLeniency(false));
        }
        mapper.registerModule(new SimpleModule("nul-free strings").addDeserializer(String.class, new NulFreeStrings()));
    }
}
