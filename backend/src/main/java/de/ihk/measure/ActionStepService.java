package de.ihk.measure;

import de.ihk.actor.Actor;
import de.ihk.actor.ActorReferences;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.References;
import de.ihk.common.SqlFilter;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Action steps belong to their measure, which shows them: a change to a step is a change to the measure. */
@ApplicationScoped
@Transactional
public class ActionStepService {

    static final Map<String, String> SORTABLE = Map.of(
            "position",
            "s.position",
            "dueDate",
            "s.due_date",
            "status",
            "s.status",
            "title",
            "lower(s.title)",
            "createdAt",
            "s.created_at");

    static final RecordKind<ActionStep> KIND = RecordKind.of(RecordType.ACTION_STEP, ActionStep.class)
            .label(s -> s.title)
            .area(s -> s.measure.area.id)
            .representation(ActionStepDto::of)
            .publicWhen(s -> s.measure.isPublic())
            .summary(StepSummary::of)
            .partOf("measure", "id IN (SELECT s.measure_id FROM action_step s WHERE s.id = :id)");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    MeasureService measures;

    public Page<ActionStepDto> list(String slug, UUID measureId, PageRequest page) {
        Measure measure = measures.readable(slug, measureId);
        SqlFilter where = new SqlFilter().where("s.measure_id = :measure", "measure", measure.id);
        return PagedQuery.run(em, ActionStep.class, "action_step s", "s", where, page)
                .map(ActionStepDto::of);
    }

    public ActionStepDto get(String slug, UUID measureId, UUID id) {
        return ActionStepDto.of(stepOf(measures.readable(slug, measureId), id));
    }

    public ActionStepDto create(String slug, UUID measureId, String body) {
        ActionStep step = new ActionStep();
        step.measure = measures.forContribution(slug, measureId);
        return ActionStepDto.of(writes.create(KIND, step, body, ActionStepInput.class, this::apply));
    }

    public ActionStepDto update(String slug, UUID measureId, UUID id, String ifMatch, String body) {
        ActionStep step = stepOf(measures.forContribution(slug, measureId), id);
        return ActionStepDto.of(writes.update(KIND, step, ifMatch, body, ActionStepInput.class, this::apply));
    }

    public void delete(String slug, UUID measureId, UUID id, String ifMatch) {
        writes.delete(KIND, stepOf(measures.forContribution(slug, measureId), id), ifMatch);
    }

    private ActionStep stepOf(Measure measure, UUID id) {
        ActionStep step = em.find(ActionStep.class, id);
        if (step == null || !step.measure.id.equals(measure.id)) {
            throw ApiException.notFound("Measure " + measure.code + " has no action step with id " + id + ".");
        }
        return step;
    }

    /**
     * Creates a step of an imported spreadsheet row through the one write path; the importer has validated the input
     * and resolved the measure (of its area) and the responsible actor (of the area's municipality).
     */
    public ActionStep createImported(Measure measure, ActionStepInput input, Actor responsible) {
        ActionStep step = new ActionStep();
        step.measure = measure;
        return writes.create(KIND, step, s -> assign(s, input, responsible));
    }

    /** Updates a step (of the importing editor's area, loaded in this transaction) from an imported row. */
    public ActionStep updateImported(ActionStep step, ActionStepInput input, Actor responsible) {
        return writes.update(KIND, step, s -> assign(s, input, responsible));
    }

    private void apply(ActionStep step, ActionStepInput input) {
        List<FieldError> errors = new ArrayList<>();
        Actor responsible = ActorReferences.one(
                references, input.responsibleActorId(), step.measure.area.municipality, "responsibleActorId", errors);
        References.failIfAny(errors);
        assign(step, input, responsible);
    }

    private static void assign(ActionStep step, ActionStepInput input, Actor responsible) {
        step.title = input.title().trim();
        step.description = input.description();
        step.dueDate = input.dueDate();
        step.status = input.status();
        step.responsibleActor = responsible;
        step.position = input.position() == null ? 0 : input.position();
    }
}
