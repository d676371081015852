package de.ihk.common;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The WHERE clause of a list query, built from the filters a request names, with its bound parameters. */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} with one named parameter; does nothing when the value is null or an empty list. */
    public SqlFilter where(String condition, String parameter, Object value) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public void bind(Query query) {
        parameters.forEach(query::setParameter);
    }
}
