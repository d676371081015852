package de.ihk.imports;

import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.measure.ActionStep;
import de.ihk.measure.ActionStepInput;
import de.ihk.measure.ActionStepService;
import de.ihk.measure.Measure;
import de.ihk.measure.StepStatus;
import de.ihk.spreadsheet.SheetLabels;
import de.ihk.spreadsheet.SheetLayouts.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The action steps of an area from a spreadsheet: matched by their ID when the row has one, else by the measure's code
 * and the step's position; the measure by its code, the responsible actor by name.
 */
@ApplicationScoped
class StepRows {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("responsibleActorId", Steps.RESPONSIBLE.key());

    @Inject
    ImportContext context;

    @Inject
    ActionStepService steps;

    List<Planned> plan(Area area, Columns columns, List<SheetRow> rows, List<ImportPreview.Problem> problems) {
        Lookup<Measure> measures = new Lookup<Measure>("measure", "in area '" + area.slug + "'")
                .addAll(context.measures(area), m -> List.of(m.code));
        Lookup<Actor> actors = new Lookup<Actor>("actor", "in " + area.municipality)
                .addAll(context.actors(area), a -> List.of(a.name));
        Map<UUID, ActionStep> byId = new HashMap<>();
        Map<String, List<ActionStep>> byPosition = new HashMap<>();
        for (ActionStep s : context.steps(area)) {
            byId.put(s.id, s);
            byPosition
                    .computeIfAbsent(s.measure.id + "/" + s.position, k -> new ArrayList<>())
                    .add(s);
        }
        Map<UUID, Integer> seenSteps = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : rows) {
            RowValues v = new RowValues(row, columns, problems);
            Measure measure = measures.find(v.required(Steps.MEASURE), v, Steps.MEASURE);
            Integer position = columns.has(Steps.POSITION) ? v.integer(Steps.POSITION) : null;
            UUID id = columns.has(Steps.ID) ? context.uuid(v, Steps.ID) : null;
            ActionStep existing = null;
            if (id != null) {
                existing = byId.get(id);
                if (existing == null) {
                    v.problem(
                            Steps.ID,
                            "There is no action step with this ID in area '" + area.slug
                                    + "'. Clear the ID to add a new step.");
                } else if (measure != null && existing.measure != measure) {
                    v.problem(
                            Steps.MEASURE,
                            "This step belongs to measure " + existing.measure.code
                                    + "; an import does not move steps between measures.");
                }
            } else if (measure != null && position != null) {
                List<ActionStep> atPosition = byPosition.getOrDefault(measure.id + "/" + position, List.of());
                if (atPosition.size() > 1) {
                    v.problem(
                            Steps.POSITION,
                            "Measure " + measure.code + " has several steps at position " + position
                                    + "; give the step's ID to say which one is meant.");
                } else if (atPosition.size() == 1) {
                    existing = atPosition.get(0);
                }
            }
            if (existing != null) {
                Integer first = seenSteps.putIfAbsent(existing.id, row.number());
                if (first != null) {
                    v.problem(null, "This row names the same action step as row " + first + ".");
                }
            }
            String title = columns.has(Steps.TITLE) || existing == null ? v.required(Steps.TITLE) : existing.title;
            Planned planned = new Planned(
                    row.number(),
                    (measure == null ? "" : measure.code + " – ") + (title == null ? "" : title),
                    columns.values(row));
            plan.add(planned);
            Map<String, Object> current = existing == null ? new LinkedHashMap<>() : state(existing);
            Map<String, Object> wanted = new LinkedHashMap<>(current);
            wanted.put(Steps.TITLE.key(), title);
            if (columns.has(Steps.POSITION)) {
                wanted.put(Steps.POSITION.key(), position == null ? 0 : position);
            }
            v.textInto(wanted, Steps.DESCRIPTION);
            if (columns.has(Steps.DUE_DATE)) {
                wanted.put(Steps.DUE_DATE.key(), v.date(Steps.DUE_DATE));
            }
            if (existing == null || columns.has(Steps.STATUS)) {
                wanted.put(Steps.STATUS.key(), v.label(Steps.STATUS, SheetLabels.STEP_STATUS, StepStatus.class, true));
            }
            if (columns.has(Steps.RESPONSIBLE)) {
                Actor responsible = actors.find(v.text(Steps.RESPONSIBLE), v, Steps.RESPONSIBLE);
                wanted.put(Steps.RESPONSIBLE.key(), responsible == null ? null : responsible.id);
            }
            List<String> changed = existing == null ? List.of() : Planned.changed(current, wanted);
            ActionStepInput input = input(existing == null ? wanted : Planned.merged(current, wanted, changed));
            context.validate(input, v, columns, Steps.LAYOUT, COLUMN_OF_FIELD);
            if (existing != null) {
                planned.id = existing.id;
                planned.changed = changed;
                planned.action = changed.isEmpty() ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
                context.checkVersion(v, columns, Steps.VERSION, existing.version, planned.action, "action step");
            }
            if (measure != null) {
                planned.measureId = measure.id;
            }
            if (v.failed()) {
                continue;
            }
            ActionStep step = existing;
            planned.write = () -> {
                Actor responsible = input.responsibleActorId() == null
                        ? null
                        : context.find(Actor.class, List.of(input.responsibleActorId()))
                                .get(0);
                return context.write(
                        step,
                        () -> steps.createImported(context.fresh(measure), input, responsible),
                        s -> steps.updateImported(s, input, responsible));
            };
        }
        return plan;
    }

    private static Map<String, Object> state(ActionStep s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(Steps.TITLE.key(), s.title);
        state.put(Steps.POSITION.key(), s.position);
        state.put(Steps.DESCRIPTION.key(), s.description);
        state.put(Steps.DUE_DATE.key(), s.dueDate);
        state.put(Steps.STATUS.key(), s.status);
        state.put(Steps.RESPONSIBLE.key(), s.responsibleActor == null ? null : s.responsibleActor.id);
        return state;
    }

    private static ActionStepInput input(Map<String, Object> s) {
        return new ActionStepInput(
                (String) s.get(Steps.TITLE.key()),
                (String) s.get(Steps.DESCRIPTION.key()),
                (LocalDate) s.get(Steps.DUE_DATE.key()),
                (StepStatus) s.get(Steps.STATUS.key()),
                (UUID) s.get(Steps.RESPONSIBLE.key()),
                (Integer) s.get(Steps.POSITION.key()));
    }
}
