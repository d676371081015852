package de.ihk.imports;

import de.ihk.actionfield.ActionField;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.GeoJson;
import de.ihk.common.Money;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.measure.LinkDto;
import de.ihk.measure.Measure;
import de.ihk.measure.MeasureInput;
import de.ihk.measure.MeasureService;
import de.ihk.measure.MeasureStatus;
import de.ihk.need.Need;
import de.ihk.spreadsheet.SheetLabels;
import de.ihk.spreadsheet.SheetLayouts.Measures;
import de.ihk.targetgroup.TargetGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Measures from a spreadsheet: matched by code within the area, references by code (action fields, needs), name
 * (actors) and label or code (target groups).
 */
@ApplicationScoped
class MeasureRows {

    /** Where the input's fields come from: field of {@link MeasureInput} → column key. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("actionFieldId", Measures.ACTION_FIELD.key()),
            Map.entry("furtherActionFieldIds", Measures.FURTHER_ACTION_FIELDS.key()),
            Map.entry("needIds", Measures.NEEDS.key()),
            Map.entry("leadActorId", Measures.LEAD_ACTOR.key()),
            Map.entry("partnerActorIds", Measures.PARTNERS.key()),
            Map.entry("publicationStatus", Measures.PUBLICATION.key()));

    @Inject
    ImportContext context;

    @Inject
    MeasureService measures;

    List<Planned> plan(Area area, Columns columns, List<SheetRow> rows, List<ImportPreview.Problem> problems) {
        String inArea = "in area '" + area.slug + "'";
        Lookup<ActionField> fields = new Lookup<ActionField>("action field", inArea)
                .addAll(context.actionFields(area), f -> List.of(f.code));
        Lookup<Need> needs = new Lookup<Need>("need", inArea).addAll(context.needs(area), n -> List.of(n.code));
        Lookup<Actor> actors = new Lookup<Actor>("actor", "in " + area.municipality)
                .addAll(context.actors(area), a -> List.of(a.name));
        Lookup<TargetGroup> groups = context.targetGroups();
        Map<String, Measure> byCode = new HashMap<>();
        Map<UUID, Measure> byId = new HashMap<>();
        for (Measure m : context.measures(area)) {
            byCode.put(m.code, m);
            byId.put(m.id, m);
        }
        Map<String, Integer> seenCodes = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : rows) {
            RowValues v = new RowValues(row, columns, problems);
            String code = v.required(Measures.CODE);
            Planned planned = new Planned(row.number(), code, columns.values(row));
            plan.add(planned);
            if (code != null) {
                Integer first = seenCodes.putIfAbsent(code, row.number());
                if (first != null) {
                    v.problem(Measures.CODE, "The code '" + code + "' is in row " + first + " already.");
                }
            }
            Measure existing = code == null ? null : byCode.get(code);
            UUID id = columns.has(Measures.ID) ? context.uuid(v, Measures.ID) : null;
            if (id != null && byId.containsKey(id) && existing != byId.get(id)) {
                v.problem(
                        Measures.CODE,
                        "The ID of this row belongs to measure " + byId.get(id).code + ". An import does not change"
                                + " codes: change the code in the app, or clear the ID to add a new measure.");
            }
            Map<String, Object> current = existing == null ? new LinkedHashMap<>() : state(existing);
            Map<String, Object> wanted = new LinkedHashMap<>(current);
            wanted.put(Measures.CODE.key(), code);
            if (existing == null || columns.has(Measures.TITLE)) {
                wanted.put(Measures.TITLE.key(), v.required(Measures.TITLE));
            }
            v.textInto(wanted, Measures.SUMMARY);
            v.textInto(wanted, Measures.DESCRIPTION);
            if (existing == null || columns.has(Measures.ACTION_FIELD)) {
                ActionField field = fields.find(v.required(Measures.ACTION_FIELD), v, Measures.ACTION_FIELD);
                wanted.put(Measures.ACTION_FIELD.key(), field == null ? null : field.id);
            }
            if (columns.has(Measures.FURTHER_ACTION_FIELDS)) {
                wanted.put(
                        Measures.FURTHER_ACTION_FIELDS.key(),
                        ids(fields.findAll(v.list(Measures.FURTHER_ACTION_FIELDS), v, Measures.FURTHER_ACTION_FIELDS)));
            }
            if (columns.has(Measures.NEEDS)) {
                wanted.put(Measures.NEEDS.key(), ids(needs.findAll(v.list(Measures.NEEDS), v, Measures.NEEDS)));
            }
            if (existing == null || columns.has(Measures.STATUS)) {
                wanted.put(
                        Measures.STATUS.key(),
                        v.label(Measures.STATUS, SheetLabels.MEASURE_STATUS, MeasureStatus.class, true));
            }
            if (existing == null || columns.has(Measures.PRIORITY)) {
                wanted.put(
                        Measures.PRIORITY.key(),
                        v.label(Measures.PRIORITY, SheetLabels.PRIORITY, Priority.class, true));
            }
            if (columns.has(Measures.PROGRESS)) {
                Integer progress = v.percent(Measures.PROGRESS);
                wanted.put(Measures.PROGRESS.key(), progress == null ? 0 : progress);
            }
            if (columns.has(Measures.START_DATE)) {
                wanted.put(Measures.START_DATE.key(), v.date(Measures.START_DATE));
            }
            if (columns.has(Measures.END_DATE)) {
                wanted.put(Measures.END_DATE.key(), v.date(Measures.END_DATE));
            }
            if (columns.has(Measures.LEAD_ACTOR)) {
                Actor lead = actors.find(v.text(Measures.LEAD_ACTOR), v, Measures.LEAD_ACTOR);
                wanted.put(Measures.LEAD_ACTOR.key(), lead == null ? null : lead.id);
            }
            if (columns.has(Measures.PARTNERS)) {
                wanted.put(
                        Measures.PARTNERS.key(), ids(actors.findAll(v.list(Measures.PARTNERS), v, Measures.PARTNERS)));
            }
            List<String> targetGroups =
                    context.targetGroupCodes(v, groups, Measures.TARGET_GROUPS, Measures.TARGET_GROUP_CODES);
            if (targetGroups != null) {
                wanted.put(Measures.TARGET_GROUPS.key(), targetGroups);
            }
            v.textInto(wanted, Measures.LOCATION);
            if (columns.has(Measures.BUDGET)) {
                wanted.put(Measures.BUDGET.key(), v.money(Measures.BUDGET));
            }
            if (columns.has(Measures.CURRENCY)) {
                String currency = v.text(Measures.CURRENCY);
                wanted.put(
                        Measures.CURRENCY.key(), currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT));
            }
            if (wanted.get(Measures.BUDGET.key()) == null) {
                wanted.put(Measures.CURRENCY.key(), null); // no amount, no currency
            } else if (wanted.get(Measures.CURRENCY.key()) == null) {
                wanted.put(Measures.CURRENCY.key(), "EUR");
            }
            v.textInto(wanted, Measures.FUNDING_SOURCE);
            if (columns.has(Measures.PUBLICATION)) {
                PublicationStatus publication =
                        v.label(Measures.PUBLICATION, SheetLabels.PUBLICATION, PublicationStatus.class, false);
                if (publication != null || existing == null) {
                    wanted.put(Measures.PUBLICATION.key(), publication == null ? PublicationStatus.DRAFT : publication);
                }
            }
            wanted.putIfAbsent(Measures.PUBLICATION.key(), PublicationStatus.DRAFT);

            List<String> changed = existing == null ? List.of() : Planned.changed(current, wanted);
            Map<String, Object> values = existing == null ? wanted : Planned.merged(current, wanted, changed);
            MeasureInput input = input(values, existing);
            context.validate(input, v, columns, Measures.LAYOUT, COLUMN_OF_FIELD);
            if (existing != null) {
                planned.id = existing.id;
                planned.changed = changed;
                planned.action = changed.isEmpty() ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
                context.checkVersion(v, columns, Measures.VERSION, existing.version, planned.action, "measure " + code);
            }
            if (v.failed()) {
                continue;
            }
            planned.write = () -> {
                MeasureService.Resolved resolved = context.resolved(input);
                return context.write(
                        existing,
                        () -> measures.createImported(context.fresh(area), input, resolved),
                        m -> measures.updateImported(m, input, resolved));
            };
        }
        return plan;
    }

    private static List<UUID> ids(List<? extends de.ihk.common.BaseEntity> records) {
        return records.stream().map(r -> r.id).toList();
    }

    /** The measure as the columns hold it. */
    private static Map<String, Object> state(Measure m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(Measures.CODE.key(), m.code);
        s.put(Measures.TITLE.key(), m.title);
        s.put(Measures.SUMMARY.key(), m.summary);
        s.put(Measures.DESCRIPTION.key(), m.description);
        s.put(Measures.ACTION_FIELD.key(), m.actionField.id);
        s.put(
                Measures.FURTHER_ACTION_FIELDS.key(),
                m.furtherActionFields.stream().map(f -> f.id).toList());
        s.put(Measures.NEEDS.key(), m.needs.stream().map(n -> n.id).toList());
        s.put(Measures.STATUS.key(), m.status);
        s.put(Measures.PRIORITY.key(), m.priority);
        s.put(Measures.PROGRESS.key(), m.progress);
        s.put(Measures.START_DATE.key(), m.startDate);
        s.put(Measures.END_DATE.key(), m.endDate);
        s.put(Measures.LEAD_ACTOR.key(), m.leadActor == null ? null : m.leadActor.id);
        s.put(Measures.PARTNERS.key(), m.partnerActors.stream().map(a -> a.id).toList());
        s.put(
                Measures.TARGET_GROUPS.key(),
                m.targetGroups.stream().map(t -> t.code).toList());
        s.put(Measures.LOCATION.key(), m.location);
        s.put(Measures.BUDGET.key(), m.budgetAmount);
        s.put(Measures.CURRENCY.key(), m.budgetAmount == null ? null : m.budgetCurrency);
        s.put(Measures.FUNDING_SOURCE.key(), m.fundingSource);
        s.put(Measures.PUBLICATION.key(), m.publicationStatus);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static MeasureInput input(Map<String, Object> s, Measure existing) {
        BigDecimal amount = (BigDecimal) s.get(Measures.BUDGET.key());
        UUID primary = (UUID) s.get(Measures.ACTION_FIELD.key());
        List<UUID> further =
                new ArrayList<>((List<UUID>) s.getOrDefault(Measures.FURTHER_ACTION_FIELDS.key(), List.of()));
        further.removeIf(id -> Objects.equals(id, primary));
        List<LinkDto> links = existing == null
                ? List.of()
                : existing.links.stream().map(l -> new LinkDto(l.label, l.url)).toList();
        return new MeasureInput(
                (String) s.get(Measures.CODE.key()),
                (String) s.get(Measures.TITLE.key()),
                (String) s.get(Measures.SUMMARY.key()),
                existing == null ? null : existing.easyLanguageSummary, // not a column of the sheet: kept
                (String) s.get(Measures.DESCRIPTION.key()),
                primary,
                further,
                (List<UUID>) s.getOrDefault(Measures.NEEDS.key(), List.of()),
                (MeasureStatus) s.get(Measures.STATUS.key()),
                (Priority) s.get(Measures.PRIORITY.key()),
                (Integer) s.getOrDefault(Measures.PROGRESS.key(), 0),
                (LocalDate) s.get(Measures.START_DATE.key()),
                (LocalDate) s.get(Measures.END_DATE.key()),
                (UUID) s.get(Measures.LEAD_ACTOR.key()),
                (List<UUID>) s.getOrDefault(Measures.PARTNERS.key(), List.of()),
                (List<String>) s.getOrDefault(Measures.TARGET_GROUPS.key(), List.of()),
                (String) s.get(Measures.LOCATION.key()),
                existing == null ? null : GeoJson.parse(existing.locationGeometry),
                existing != null && existing.locationApproximate,
                amount == null ? null : Money.of(amount, (String) s.get(Measures.CURRENCY.key())),
                (String) s.get(Measures.FUNDING_SOURCE.key()),
                links,
                (PublicationStatus) s.get(Measures.PUBLICATION.key()));
    }
}
