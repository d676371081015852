package de.ihk.measure;

import de.ihk.actor.Actor;
import de.ihk.common.ApiException;
import de.ihk.common.Etags;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.References;
import de.ihk.common.SqlFilter;
import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.history.History;
import de.ihk.history.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Action steps belong to their measure: a change to a step is a change to the measure, whose
 * version (and ETag) moves with it, since the measure shows its steps.
 */
@ApplicationScoped
@Transactional
public class ActionStepService {

    static final Map<String, String> SORTABLE = Map.of("position", "s.position", "dueDate", "s.due_date", "status", "s.status",
            "title", "lower(s.title)", "createdAt", "s.created_at");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Inject
    References references;

    @Inject
    MeasureService measures;

    public Page<ActionStepDto> list(String slug, UUID measureId, PageRequest page) {
        Measure measure = measures.readable(slug, measureId);
        SqlFilter where = new SqlFilter().where("s.measure_id = :measure", "measure", measure.id);
        return PagedQuery.run(em, ActionStep.class, "action_step s", "s", where, page).map(ActionStepDto::of);
    }

    public ActionStepDto get(String slug, UUID measureId, UUID id) {
        return ActionStepDto.of(stepOf(measures.readable(slug, measureId), id));
    }

    public ActionStepDto create(String slug, UUID measureId, ActionStepInput input) {
        Measure measure = measures.forContribution(slug, measureId);
        ActionStep step = new ActionStep();
        step.measure = measure;
        apply(step, input);
        step.persist();
        measure.touch();
        em.flush();
        ActionStepDto created = ActionStepDto.of(step);
        history.created(RecordType.ACTION_STEP, step.id, step.measure.area.id, step.title, step.measure.isPublic(), created);
        return created;
    }

    public ActionStepDto update(String slug, UUID measureId, UUID id, String ifMatch, ActionStepInput input) {
        ActionStep step = stepOf(measures.forContribution(slug, measureId), id);
        Etags.requireMatch(ifMatch, step.version);
        JsonNode before = history.snapshot(ActionStepDto.of(step));
        apply(step, input);
        step.touch();
        step.measure.touch();
        em.flush();
        ActionStepDto updated = ActionStepDto.of(step);
        history.updated(RecordType.ACTION_STEP, step.id, step.measure.area.id, step.title, step.measure.isPublic(), before, updated);
        return updated;
    }

    public void delete(String slug, UUID measureId, UUID id, String ifMatch) {
        ActionStep step = stepOf(measures.forContribution(slug, measureId), id);
        Etags.requireMatch(ifMatch, step.version);
        step.measure.touch();
        history.deleted(RecordType.ACTION_STEP, step.id, step.measure.area.id, step.title, step.measure.isPublic(), history.snapshot(ActionStepDto.of(step)));
        step.delete();
    }

    private ActionStep stepOf(Measure measure, UUID id) {
        ActionStep step = em.find(ActionStep.class, id);
        if (step == null || !step.measure.id.equals(measure.id)) {
            throw ApiException.notFound("Measure " + measure.code + " has no action step with id " + id + ".");
        }
        return step;
    }

    private void apply(ActionStep step, ActionStepInput input) {
        List<FieldError> errors = new ArrayList<>();
        Actor responsible = references.actor(input.responsibleActorId(), step.measure.area.municipality, "responsibleActorId", errors);
        References.failIfAny(errors);
        step.title = input.title().trim();
        step.description = input.description();
        step.dueDate = input.dueDate();
        step.status = input.status();
        step.responsibleActor = responsible;
        step.position = input.position() == null ? 0 : input.position();
    }
}
