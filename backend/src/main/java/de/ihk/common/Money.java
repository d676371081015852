package de.ihk.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money as the API writes it: a decimal string and an ISO 4217 currency. */
public record Money(
        @NotNull
        @Pattern(
                regexp = "-?\\d{1,12}(\\.\\d{1,2})?",
                message = "Must be a decimal number with at most two decimals, e.g. \"15000.00\".")
        String amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "Must be a three-letter ISO 4217 currency code such as EUR.")
        String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return amount == null
                ? null
                : new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
    }

    public BigDecimal toDecimal() {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
