package de.ihk.spreadsheet;

import de.ihk.common.Money;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small helpers turning DTO parts into cell values. */
final class Cells {

    /** What separates the items of a list inside one cell. */
    static final String LIST_SEPARATOR = "; ";

    private Cells() {}

    static <T> String joined(Collection<T> items, Function<T, String> part) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        return items.stream().map(part).filter(Objects::nonNull).collect(Collectors.joining(LIST_SEPARATOR));
    }

    static <T, R> R of(T value, Function<T, R> part) {
        return value == null ? null : part.apply(value);
    }

    static SheetMoney money(Money money) {
        return money == null ? null : new SheetMoney(money.toDecimal(), money.currency());
    }

    static String label(String german, String english, SheetLanguage language) {
        return language == SheetLanguage.EN && english != null && !english.isBlank() ? english : german;
    }
}
