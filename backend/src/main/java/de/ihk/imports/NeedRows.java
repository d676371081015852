package de.ihk.imports;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.need.Need;
import de.ihk.need.NeedInput;
import de.ihk.need.NeedService;
import de.ihk.spreadsheet.SheetLabels;
import de.ihk.spreadsheet.SheetLayouts.Needs;
import de.ihk.targetgroup.TargetGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Needs from a spreadsheet: matched by code within the area, the action field by its code. */
@ApplicationScoped
class NeedRows {

    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("actionFieldId", Needs.ACTION_FIELD.key(), "publicationStatus", Needs.PUBLICATION.key());

    @Inject
    ImportContext context;

    @Inject
    NeedService needs;

    List<Planned> plan(Area area, Columns columns, List<SheetRow> rows, List<ImportPreview.Problem> problems) {
        Lookup<ActionField> fields = new Lookup<ActionField>("action field", "in area '" + area.slug + "'")
                .addAll(context.actionFields(area), f -> List.of(f.code));
        Lookup<TargetGroup> groups = context.targetGroups();
        Map<String, Need> byCode = new HashMap<>();
        Map<UUID, Need> byId = new HashMap<>();
        for (Need n : context.needs(area)) {
            byCode.put(n.code, n);
            byId.put(n.id, n);
        }
        Map<String, Integer> seenCodes = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : rows) {
            RowValues v = new RowValues(row, columns, problems);
            String code = v.required(Needs.CODE);
            Planned planned = new Planned(row.number(), code, columns.values(row));
            plan.add(planned);
            if (code != null) {
                Integer first = seenCodes.putIfAbsent(code, row.number());
                if (first != null) {
                    v.problem(Needs.CODE, "The code '" + code + "' is in row " + first + " already.");
                }
            }
            Need existing = code == null ? null : byCode.get(code);
            UUID id = columns.has(Needs.ID) ? context.uuid(v, Needs.ID) : null;
            if (id != null && byId.containsKey(id) && existing != byId.get(id)) {
                v.problem(
                        Needs.CODE,
                        "The ID of this row belongs to need " + byId.get(id).code + ". An import does not change"
                                + " codes: change the code in the app, or clear the ID to add a new need.");
            }
            Map<String, Object> current = existing == null ? new LinkedHashMap<>() : state(existing);
            Map<String, Object> wanted = new LinkedHashMap<>(current);
            wanted.put(Needs.CODE.key(), code);
            if (existing == null || columns.has(Needs.TITLE)) {
                wanted.put(Needs.TITLE.key(), v.required(Needs.TITLE));
            }
            if (existing == null || columns.has(Needs.ACTION_FIELD)) {
                ActionField field = fields.find(v.required(Needs.ACTION_FIELD), v, Needs.ACTION_FIELD);
                wanted.put(Needs.ACTION_FIELD.key(), field == null ? null : field.id);
            }
            v.textInto(wanted, Needs.DESCRIPTION);
            v.textInto(wanted, Needs.EVIDENCE);
            if (existing == null || columns.has(Needs.PRIORITY)) {
                wanted.put(Needs.PRIORITY.key(), v.label(Needs.PRIORITY, SheetLabels.PRIORITY, Priority.class, true));
            }
            List<String> targetGroups =
                    context.targetGroupCodes(v, groups, Needs.TARGET_GROUPS, Needs.TARGET_GROUP_CODES);
            if (targetGroups != null) {
                wanted.put(Needs.TARGET_GROUPS.key(), targetGroups);
            }
            if (columns.has(Needs.PUBLICATION)) {
                PublicationStatus publication =
                        v.label(Needs.PUBLICATION, SheetLabels.PUBLICATION, PublicationStatus.class, false);
                if (publication != null || existing == null) {
                    wanted.put(Needs.PUBLICATION.key(), publication == null ? PublicationStatus.DRAFT : publication);
                }
            }
            wanted.putIfAbsent(Needs.PUBLICATION.key(), PublicationStatus.DRAFT);

            List<String> changed = existing == null ? List.of() : Planned.changed(current, wanted);
            NeedInput input = input(existing == null ? wanted : Planned.merged(current, wanted, changed));
            context.validate(input, v, columns, Needs.LAYOUT, COLUMN_OF_FIELD);
            if (existing != null) {
                planned.id = existing.id;
                planned.changed = changed;
                planned.action = changed.isEmpty() ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
                context.checkVersion(v, columns, Needs.VERSION, existing.version, planned.action, "need " + code);
            }
            if (v.failed()) {
                continue;
            }
            planned.write = () -> {
                ActionField field = context.find(ActionField.class, List.of(input.actionFieldId()))
                        .get(0);
                List<TargetGroup> targetGroupsOfInput = context.groups(input.targetGroups());
                return context.write(
                        existing,
                        () -> needs.createImported(context.fresh(area), input, field, targetGroupsOfInput),
                        n -> needs.updateImported(n, input, field, targetGroupsOfInput));
            };
        }
        return plan;
    }

    private static Map<String, Object> state(Need n) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(Needs.CODE.key(), n.code);
        s.put(Needs.TITLE.key(), n.title);
        s.put(Needs.ACTION_FIELD.key(), n.actionField.id);
        s.put(Needs.DESCRIPTION.key(), n.description);
        s.put(Needs.EVIDENCE.key(), n.evidence);
        s.put(Needs.PRIORITY.key(), n.priority);
        s.put(
                Needs.TARGET_GROUPS.key(),
                n.targetGroups.stream().map(t -> t.code).toList());
        s.put(Needs.PUBLICATION.key(), n.publicationStatus);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static NeedInput input(Map<String, Object> s) {
        return new NeedInput(
                (UUID) s.get(Needs.ACTION_FIELD.key()),
                (String) s.get(Needs.CODE.key()),
                (String) s.get(Needs.TITLE.key()),
                (String) s.get(Needs.DESCRIPTION.key()),
                (String) s.get(Needs.EVIDENCE.key()),
                (Priority) s.get(Needs.PRIORITY.key()),
                (List<String>) s.getOrDefault(Needs.TARGET_GROUPS.key(), List.of()),
                (PublicationStatus) s.get(Needs.PUBLICATION.key()));
    }
}
