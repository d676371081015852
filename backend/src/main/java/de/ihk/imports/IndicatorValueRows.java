package de.ihk.imports;

import de.ihk.area.Area;
import de.ihk.common.FieldError;
import de.ihk.indicator.Indicator;
import de.ihk.indicator.IndicatorService;
import de.ihk.indicator.IndicatorValueDto;
import de.ihk.spreadsheet.SheetColumn;
import de.ihk.spreadsheet.SheetLayouts.IndicatorValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The values of an area's indicators from a spreadsheet, one row per value: the indicator by its ID when the row has
 * one, else by its name; the value by its year or date. A row sets the indicator's value for its period (adds it, or
 * changes the one there is); values the file does not name stay as they are. All values of one indicator are written
 * together, as one change of the indicator.
 */
@ApplicationScoped
class IndicatorValueRows {

    private static final Map<String, SheetColumn> COLUMN_OF_FIELD = Map.of(
            "year", IndicatorValues.YEAR,
            "date", IndicatorValues.DATE,
            "value", IndicatorValues.VALUE,
            "cityValue", IndicatorValues.CITY_VALUE);

    @Inject
    ImportContext context;

    @Inject
    IndicatorService indicators;

    List<Planned> plan(Area area, Columns columns, List<SheetRow> rows, List<ImportPreview.Problem> problems) {
        List<Indicator> all = context.indicators(area);
        Lookup<Indicator> byName =
                new Lookup<Indicator>("indicator", "in area '" + area.slug + "'").addAll(all, i -> List.of(i.name));
        Map<UUID, Indicator> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id, i));
        // per indicator: its values by period as they will be, in the order they had, new ones after them
        Map<UUID, Map<Object, IndicatorValueDto>> valuesOf = new HashMap<>();
        Map<UUID, Supplier<UUID>> writeOf = new HashMap<>();
        Map<String, Integer> seenPeriods = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : rows) {
            RowValues v = new RowValues(row, columns, problems);
            Indicator indicator = indicator(v, columns, byId, byName, area);
            Integer year = columns.has(IndicatorValues.YEAR) ? v.integer(IndicatorValues.YEAR) : null;
            LocalDate date = columns.has(IndicatorValues.DATE) ? v.date(IndicatorValues.DATE) : null;
            BigDecimal value = v.decimal(IndicatorValues.VALUE);
            if (value == null && !v.problemsAt(IndicatorValues.VALUE)) {
                v.problem(IndicatorValues.VALUE, "Required.");
            }
            Object period = year != null ? year : date;
            Planned planned = new Planned(
                    row.number(),
                    (indicator == null ? "" : indicator.name) + (period == null ? "" : " – " + period),
                    columns.values(row));
            plan.add(planned);
            if (indicator == null) {
                continue;
            }
            planned.id = indicator.id;
            Map<Object, IndicatorValueDto> values = valuesOf.computeIfAbsent(indicator.id, id -> current(indicator));
            IndicatorValueDto existing = period == null ? null : values.get(period);
            IndicatorValueDto wanted = new IndicatorValueDto(
                    year,
                    date,
                    value,
                    columns.has(IndicatorValues.CITY_VALUE)
                            ? v.decimal(IndicatorValues.CITY_VALUE)
                            : existing == null ? null : existing.cityValue(),
                    columns.has(IndicatorValues.NOTE)
                            ? v.text(IndicatorValues.NOTE)
                            : existing == null ? null : existing.note(),
                    columns.has(IndicatorValues.SOURCE)
                            ? v.text(IndicatorValues.SOURCE)
                            : existing == null ? null : existing.source());
            context.validate(wanted, v, columns, IndicatorValues.LAYOUT, Map.of());
            for (FieldError error : IndicatorService.valueProblems(wanted, indicator.valueType)) {
                SheetColumn column = COLUMN_OF_FIELD.get(error.field());
                if (!v.problemsAt(column)) {
                    v.problem(column, error.message());
                }
            }
            if (period != null) {
                Integer first = seenPeriods.putIfAbsent(indicator.id + "/" + period, row.number());
                if (first != null) {
                    v.problem(null, "Row " + first + " already has a value of this indicator for " + period + ".");
                }
            }
            if (existing != null) {
                planned.changed = Planned.changed(state(existing), state(wanted));
                planned.action =
                        planned.changed.isEmpty() ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
            }
            // a new value changes the indicator as much as a changed one: both are checked against the exported version
            context.checkVersion(
                    v,
                    columns,
                    IndicatorValues.VERSION,
                    indicator.version,
                    planned.action == ImportPreview.Action.CREATE ? ImportPreview.Action.UPDATE : planned.action,
                    "indicator");
            if (v.failed() || planned.action == ImportPreview.Action.UNCHANGED) {
                continue;
            }
            values.put(period, wanted);
            planned.write = writeOf.computeIfAbsent(
                    indicator.id,
                    id -> once(() -> context.write(
                            indicator,
                            null,
                            i -> indicators.updateValuesImported(
                                    i, List.copyOf(valuesOf.get(id).values())))));
        }
        return plan;
    }

    /** The indicator the row names by ID (when the file has the column and the cell is filled) or by name. */
    private Indicator indicator(
            RowValues v, Columns columns, Map<UUID, Indicator> byId, Lookup<Indicator> byName, Area area) {
        UUID id = columns.has(IndicatorValues.INDICATOR_ID) ? context.uuid(v, IndicatorValues.INDICATOR_ID) : null;
        if (id != null) {
            Indicator indicator = byId.get(id);
            if (indicator == null) {
                v.problem(
                        IndicatorValues.INDICATOR_ID,
                        "There is no indicator with this ID in area '" + area.slug + "'.");
            }
            return indicator;
        }
        if (v.problemsAt(IndicatorValues.INDICATOR_ID)) {
            return null;
        }
        if (!columns.has(IndicatorValues.INDICATOR)) {
            v.problem(null, "Name the indicator in a column Indikator (Indicator) or Indikator-ID (Indicator ID).");
            return null;
        }
        return byName.find(v.required(IndicatorValues.INDICATOR), v, IndicatorValues.INDICATOR);
    }

    private static Map<Object, IndicatorValueDto> current(Indicator indicator) {
        Map<Object, IndicatorValueDto> values = new LinkedHashMap<>();
        indicator.values.stream().map(IndicatorValueDto::of).forEach(value -> values.put(value.period(), value));
        return values;
    }

    private static Map<String, Object> state(IndicatorValueDto value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(IndicatorValues.VALUE.key(), value.value());
        state.put(IndicatorValues.CITY_VALUE.key(), value.cityValue());
        state.put(IndicatorValues.NOTE.key(), value.note());
        state.put(IndicatorValues.SOURCE.key(), value.source());
        return state;
    }

    /** The write of an indicator's values, run by the first of its rows; the other rows answer its result. */
    private static Supplier<UUID> once(Supplier<UUID> write) {
        UUID[] written = {null};
        return () -> {
            if (written[0] == null) {
                written[0] = write.get();
            }
            return written[0];
        };
    }
}
