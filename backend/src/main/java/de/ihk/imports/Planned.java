package de.ihk.imports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** What one data row of a file does: create, update or leave unchanged a record, and how to write it. */
final class Planned {

    final int row;
    final String label;
    final Map<String, String> values;
    ImportPreview.Action action = ImportPreview.Action.CREATE;
    UUID id;
    UUID measureId;
    List<String> changed = List.of();
    Supplier<UUID> write;

    Planned(int row, String label, Map<String, String> values) {
        this.row = row;
        this.label = label;
        this.values = values;
    }

    ImportPreview.Row toRow() {
        return new ImportPreview.Row(row, action, id, measureId, label, changed, values);
    }

    /**
     * The column keys whose values differ between the record as it is and as the row has it, compared as a reader
     * would: text trimmed and with one kind of line break, amounts by value, lists as sets.
     */
    static List<String> changed(Map<String, Object> current, Map<String, Object> wanted) {
        return wanted.keySet().stream()
                .filter(key -> !Objects.equals(normalised(current.get(key)), normalised(wanted.get(key))))
                .toList();
    }

    /**
     * What to write: the row's value where it differs, the record's own value where it only looks different (so that
     * an update of one column does not rewrite the whitespace of another).
     */
    static Map<String, Object> merged(Map<String, Object> current, Map<String, Object> wanted, List<String> changed) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        changed.forEach(key -> merged.put(key, wanted.get(key)));
        return merged;
    }

    static Object normalised(Object value) {
        if (value instanceof String text) {
            String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
            return normalised.isEmpty() ? null : normalised;
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros();
        }
        if (value instanceof Collection<?> list) {
            return new HashSet<>(list);
        }
        return value;
    }
}
