package de.ihk.imports;

import de.ihk.spreadsheet.SheetColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Records an import may refer to, found by the text a cell names them with (a code, a name, a label), loaded once for
 * the whole file. An exact match wins; otherwise the text is compared trimmed and case-insensitively. Unknown and
 * ambiguous names are problems of their cell: an import never creates what it refers to.
 */
final class Lookup<T> {

    private final String label;
    private final String where;
    private final Map<String, List<T>> exact = new HashMap<>();
    private final Map<String, List<T>> loose = new HashMap<>();

    Lookup(String label, String where) {
        this.label = label;
        this.where = where;
    }

    /** Adds the records under every key the function gives (a target group under its code and both labels). */
    Lookup<T> addAll(List<T> records, Function<T, List<String>> keys) {
        for (T record : records) {
            Set<String> seen = new LinkedHashSet<>();
            for (String key : keys.apply(record)) {
                if (key != null && seen.add(normalise(key))) {
                    exact.computeIfAbsent(key.strip(), k -> new ArrayList<>()).add(record);
                    loose.computeIfAbsent(normalise(key), k -> new ArrayList<>())
                            .add(record);
                }
            }
        }
        return this;
    }

    private static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    /** The record the text names; null (and a problem) when none or several do. */
    T find(String text, RowValues row, SheetColumn column) {
        if (text == null) {
            return null;
        }
        List<T> found = exact.get(text.strip());
        if (found == null || found.isEmpty()) {
            found = loose.getOrDefault(normalise(text), List.of());
        }
        if (found.isEmpty()) {
            row.problem(column, "There is no " + label + " '" + text + "' " + where + ".");
            return null;
        }
        if (found.size() > 1 && found.stream().distinct().count() > 1) {
            row.problem(column, "Several " + label + "s are named '" + text + "' " + where + ".");
            return null;
        }
        return found.get(0);
    }

    /**
     * The records the entries of a list cell name, without repetitions; a problem for each unknown one. A name that
     * itself contains "; " (an actor "Treff; Haus der Jugend") was split into several entries: the longest run of
     * entries that, joined again, names a record wins.
     */
    List<T> findAll(List<String> entries, RowValues row, SheetColumn column) {
        Set<T> result = new LinkedHashSet<>();
        int i = 0;
        while (i < entries.size()) {
            int next = i + 1;
            T record = null;
            for (int j = entries.size(); j > i + 1 && record == null; j--) {
                record = known(String.join("; ", entries.subList(i, j)));
                next = j;
            }
            if (record == null) {
                record = find(entries.get(i), row, column);
                next = i + 1;
            }
            if (record != null) {
                result.add(record);
            }
            i = next;
        }
        return new ArrayList<>(result);
    }

    /** The one record the text names, or null. */
    private T known(String text) {
        List<T> found = exact.get(text.strip());
        if (found == null || found.isEmpty()) {
            found = loose.getOrDefault(normalise(text), List.of());
        }
        return found.size() == 1 ? found.get(0) : null;
    }
}
