package de.ihk.indicator;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.common.FieldError;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.common.References;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.measure.Measure;
import de.ihk.need.Need;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class IndicatorService {

    static final Map<String, String> SORTABLE =
            Map.of("name", "lower(i.name)", "createdAt", "i.created_at", "updatedAt", "i.updated_at");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    final RecordKind<Indicator> kind = RecordKind.of(RecordType.INDICATOR, Indicator.class)
            .label(i -> i.name)
            .area(i -> i.area.id)
            .representation(IndicatorDto::of);

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    AreaAccess access;

    /** What a list is filtered by; {@code actionField} finds indicators linked to the field or to one of its needs. */
    public record Filter(UUID actionField, UUID need, UUID measure, String q, PublicationStatus publicationStatus) {}

    public Page<IndicatorDto> list(String slug, Filter filter, PageRequest page) {
        return query(slug, filter).page(page);
    }

    /** Every indicator the list shows, read when an export is written (see {@link Rows}). */
    public Rows<IndicatorDto> all(String slug, Filter filter) {
        return query(slug, filter);
    }

    private ListQuery<IndicatorDto> query(String slug, Filter filter) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        // a filter by a record the reader may not see finds nothing, as one by a record that does not exist
        String publicField = drafts ? "" : " AND " + Publication.actionField("f");
        String publicNeed = drafts ? "" : " AND " + Publication.need("n");
        String publicMeasure = drafts ? "" : " AND " + Publication.measure("m");
        SqlFilter where = new SqlFilter()
                .where("i.area_id = :area", "area", area.id)
                .where(
                        "(EXISTS (SELECT 1 FROM indicator_action_field iaf JOIN action_field f ON f.id = iaf.action_field_id"
                                + " WHERE iaf.indicator_id = i.id AND f.id = :actionField" + publicField + ")"
                                + " OR EXISTS (SELECT 1 FROM indicator_need ifn JOIN need n ON n.id = ifn.need_id"
                                + " WHERE ifn.indicator_id = i.id AND n.action_field_id = :actionField" + publicNeed
                                + "))",
                        "actionField",
                        filter.actionField())
                .where(
                        "EXISTS (SELECT 1 FROM indicator_need ifn JOIN need n ON n.id = ifn.need_id"
                                + " WHERE ifn.indicator_id = i.id AND n.id = :need" + publicNeed + ")",
                        "need",
                        filter.need())
                .where(
                        "EXISTS (SELECT 1 FROM indicator_measure im JOIN measure m ON m.id = im.measure_id"
                                + " WHERE im.indicator_id = i.id AND m.id = :measure" + publicMeasure + ")",
                        "measure",
                        filter.measure())
                .where("i.search_vector @@ websearch_to_tsquery('german', :q)", "q", filter.q())
                .where(
                        "i.publication_status = :publicationStatus",
                        "publicationStatus",
                        PublicationStatus.nameOf(filter.publicationStatus()));
        if (!drafts) {
            where.where(Publication.indicator("i"));
        }
        return ListQuery.of(em, Indicator.class, "indicator i", "i", where, i -> IndicatorDto.of(i, drafts));
    }

    public IndicatorDto get(String slug, UUID id) {
        var indicator = access.readable(Indicator.class, "indicator", slug, id);
        return IndicatorDto.of(indicator.record(), indicator.drafts());
    }

    public IndicatorDto create(String slug, String body) {
        Indicator indicator = new Indicator();
        indicator.area = access.forEdit(slug);
        return IndicatorDto.of(writes.create(kind, indicator, body, IndicatorInput.class, this::apply), true);
    }

    public IndicatorDto update(String slug, UUID id, String ifMatch, String body) {
        return IndicatorDto.of(
                writes.update(kind, editable(slug, id), ifMatch, body, IndicatorInput.class, this::apply), true);
    }

    public void delete(String slug, UUID id, String ifMatch) {
        writes.delete(kind, editable(slug, id), ifMatch);
    }

    /**
     * Replaces the values of an indicator (of the importing editor's area, loaded in this transaction) with those of
     * an imported spreadsheet, checked row by row before.
     */
    public Indicator updateValuesImported(Indicator indicator, List<IndicatorValueDto> values) {
        return writes.update(
                kind,
                indicator,
                i -> i.values =
                        new ArrayList<>(values.stream().map(IndicatorValue::of).toList()));
    }

    private Indicator editable(String slug, UUID id) {
        return access.editable(Indicator.class, "indicator", slug, id);
    }

    private void apply(Indicator indicator, IndicatorInput input) {
        References.Scope scope = indicator.area.scope();
        IndicatorValueType type = input.valueType() == null ? IndicatorValueType.NUMBER : input.valueType();
        List<FieldError> errors = new ArrayList<>();
        List<ActionField> fields = references.allInArea(
                ActionField.class, "action field", input.actionFieldIds(), scope, "actionFieldIds", errors);
        List<Need> needs = references.allInArea(Need.class, "need", input.needIds(), scope, "needIds", errors);
        List<Measure> measures =
                references.allInArea(Measure.class, "measure", input.measureIds(), scope, "measureIds", errors);
        if (input.baseline() != null) {
            checkValue(input.baseline(), "baseline", type, errors);
        }
        List<IndicatorValueDto> values = input.values() == null ? List.of() : input.values();
        Map<Object, Integer> periods = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValueDto value = values.get(i);
            String at = "values[" + i + "]";
            if (checkValue(value, at, type, errors)) {
                Object period = value.period();
                Integer first = periods.putIfAbsent(period, i);
                if (first != null) {
                    errors.add(new FieldError(
                            at + (value.year() != null ? ".year" : ".date"),
                            "There is already a value for " + period + " (values[" + first + "])."));
                }
            }
        }
        List<IndicatorTargetDto> targets = input.targets() == null ? List.of() : input.targets();
        Map<Integer, Integer> targetYears = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            IndicatorTargetDto target = targets.get(i);
            checkNumber(target.value(), "targets[" + i + "].value", type, errors);
            Integer first = targetYears.putIfAbsent(target.year(), i);
            if (first != null) {
                errors.add(new FieldError(
                        "targets[" + i + "].year",
                        "There is already a target for " + target.year() + " (targets[" + first + "])."));
            }
        }
        References.failIfAny(errors);
        indicator.name = input.name().trim();
        indicator.description = blankToNull(input.description());
        indicator.unit = blankToNull(input.unit());
        indicator.valueType = type;
        indicator.direction = input.direction();
        indicator.source = blankToNull(input.source());
        indicator.spatialLevel = input.spatialLevel() == null ? SpatialLevel.AREA : input.spatialLevel();
        indicator.baseline = IndicatorValue.of(input.baseline());
        indicator.values =
                new ArrayList<>(values.stream().map(IndicatorValue::of).toList());
        indicator.targets =
                new ArrayList<>(targets.stream().map(IndicatorService::target).toList());
        indicator.actionFields = new HashSet<>(fields);
        indicator.needs = new HashSet<>(needs);
        indicator.measures = new HashSet<>(measures);
        indicator.publicationStatus =
                PublicationStatus.orDefault(input.publicationStatus(), indicator.publicationStatus);
    }

    /** Checks the period and the numbers of a value; whether it has a period to compare with others. */
    private static boolean checkValue(
            IndicatorValueDto value, String at, IndicatorValueType type, List<FieldError> errors) {
        valueProblems(value, type).forEach(e -> errors.add(new FieldError(at + "." + e.field(), e.message())));
        return value.year() == null ^ value.date() == null;
    }

    /**
     * What is wrong with a value of an indicator of the given type, by field of the value ({@code year}, {@code date},
     * {@code value}, {@code cityValue}): its period, and numbers of the indicator's value type. For the API and the
     * spreadsheet import alike.
     */
    public static List<FieldError> valueProblems(IndicatorValueDto value, IndicatorValueType type) {
        List<FieldError> errors = new ArrayList<>();
        checkNumber(value.value(), "value", type, errors);
        checkNumber(value.cityValue(), "cityValue", type, errors);
        if (value.year() == null && value.date() == null) {
            errors.add(new FieldError("year", "A value needs a year or a date."));
        } else if (value.year() != null && value.date() != null) {
            errors.add(new FieldError("date", "A value is for a year or for a date, not for both."));
        } else if (value.date() != null
                && (value.date().isBefore(FIRST_DAY) || value.date().isAfter(LAST_DAY))) {
            errors.add(new FieldError("date", "Must be a date from 1900 to 2100."));
        }
        return errors;
    }

    /** A number must be of the indicator's value type: whole for counts, 0 to 100 for percentages. */
    private static void checkNumber(BigDecimal number, String at, IndicatorValueType type, List<FieldError> errors) {
        if (number == null) {
            return;
        }
        if (type == IndicatorValueType.INTEGER && !Numbers.isWhole(number)) {
            errors.add(new FieldError(at, "Must be a whole number: the indicator's valueType is INTEGER."));
        } else if (type == IndicatorValueType.PERCENT && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError(at, "Must be a percentage from 0 to 100: the indicator's valueType is PERCENT."));
        }
    }

    private static IndicatorTarget target(IndicatorTargetDto dto) {
        IndicatorTarget target = new IndicatorTarget();
        target.year = dto.year();
        target.value = dto.value();
        target.note = blankToNull(dto.note());
        return target;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
