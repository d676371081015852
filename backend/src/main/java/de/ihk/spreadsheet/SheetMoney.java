package de.ihk.spreadsheet;

import java.math.BigDecimal;

/** A money cell's value: the amount and its ISO 4217 currency (which decides the XLSX currency format). */
public record SheetMoney(BigDecimal amount, String currency) {}
