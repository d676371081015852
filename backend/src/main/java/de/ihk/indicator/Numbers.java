package de.ihk.indicator;

import java.math.BigDecimal;

/** Numbers as the API shows them: without the trailing zeros of the database's fixed scale, never in E notation. */
final class Numbers {

    private Numbers() {}

    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }
}
