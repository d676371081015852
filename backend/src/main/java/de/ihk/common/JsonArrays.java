package de.ihk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * Reads the JSON arrays that projections let PostgreSQL build ({@code json_agg(json_build_object(…))}, one per
 * collection of a record) into the summaries the API shows, so that a record and its collections come in one row.
 */
public final class JsonArrays {

    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private JsonArrays() {}

    /** The items of the array, or an empty list where PostgreSQL aggregated no rows (SQL null). */
    public static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON array built by the database does not fit " + type.getType(), e);
        }
    }
}
