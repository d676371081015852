package de.ihk.measure;

import de.ihk.access.CurrentUser;
import de.ihk.actionfield.ActionField;
import de.ihk.actor.Actor;
import de.ihk.actor.ActorReferences;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.ApiException;
import de.ihk.common.Codes;
import de.ihk.common.FieldError;
import de.ihk.common.GeoJson;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Priority;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.common.ReadOnly;
import de.ihk.common.References;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.need.Need;
import de.ihk.targetgroup.TargetGroup;
import de.ihk.targetgroup.TargetGroupReferences;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class MeasureService {

    static final Map<String, String> SORTABLE = Map.of(
            "code",
            "m.code",
            "title",
            "lower(m.title)",
            "status",
            "m.status",
            "priority",
            Priority.sortExpression("m.priority"),
            "progress",
            "m.progress",
            "startDate",
            "m.start_date",
            "endDate",
            "m.end_date",
            "createdAt",
            "m.created_at",
            "updatedAt",
            "m.updated_at");

    /**
     * Needs show the measures answering them, presentations the measures presented (code, title, status); which needs
     * a measure answers is the measure's own link, so needs that gain or lose it change too.
     */
    static final RecordKind<Measure> KIND = RecordKind.of(RecordType.MEASURE, Measure.class)
            .label(m -> m.code + " " + m.title)
            .area(m -> m.area.id)
            .representation(MeasureDto::of)
            .summary(m -> List.of(MeasureSummary.of(m), m.isPublic()))
            .shownThroughOwnLinks("need", "id IN (SELECT need_id FROM measure_need WHERE measure_id = :id)")
            .shownBy("presentation", "id IN (SELECT presentation_id FROM presentation_measure WHERE measure_id = :id)")
            .shownBy("indicator", "id IN (SELECT indicator_id FROM indicator_measure WHERE measure_id = :id)")
            .visibilityReaches("message", "measure_id = :id");

    /** The geometry types a measure's location may have. */
    static final Set<String> LOCATION_TYPES = Set.of("Point", "Polygon");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser user;

    public record Filter(
            UUID actionField,
            UUID need,
            List<MeasureStatus> statuses,
            String targetGroup,
            UUID actor,
            LocalDate from,
            LocalDate to,
            String q,
            PublicationStatus publicationStatus) {}

    public Page<MeasureDto> list(String slug, Filter filter, PageRequest page) {
        ReadOnly.session(em);
        return query(slug, filter).page(page);
    }

    /** Every measure the list shows, read when an export is written (see {@link Rows}). */
    public Rows<MeasureDto> all(String slug, Filter filter) {
        return query(slug, filter);
    }

    private ListQuery<MeasureDto> query(String slug, Filter filter) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        return ListQuery.projected(
                em, "measure m", "m", where(area, drafts, filter), ids -> MeasureReads.read(em, area.id, ids, drafts));
    }

    /**
     * The measures of the list (same filters, same order) that have a location, as GeoJSON features; the whole list,
     * not a page.
     */
    public MeasureFeatureCollection features(String slug, Filter filter, PageRequest order) {
        Area area = access.forRead(slug);
        SqlFilter where = where(area, access.showsDrafts(area), filter).where("m.location_geometry IS NOT NULL");
        List<MeasureFeature> features = new ArrayList<>();
        ListQuery.of(em, Measure.class, "measure m", "m", where, m -> MeasureFeature.of(m, area.slug))
                .forEachChunk(order, features::addAll);
        return new MeasureFeatureCollection(features);
    }

    /** The conditions of the measure list: the filters, and without draft rights only what readers may see. */
    private static SqlFilter where(Area area, boolean drafts, Filter filter) {
        SqlFilter where = new SqlFilter()
                .where("m.area_id = :area", "area", area.id)
                .where(
                        "(m.action_field_id = :actionField OR EXISTS (SELECT 1 FROM measure_action_field maf"
                                + " JOIN action_field f ON f.id = maf.action_field_id WHERE maf.measure_id = m.id AND f.id = :actionField"
                                + (drafts ? "" : " AND " + Publication.actionField("f")) + "))",
                        "actionField",
                        filter.actionField())
                .where(
                        "EXISTS (SELECT 1 FROM measure_need mn JOIN need n ON n.id = mn.need_id WHERE mn.measure_id = m.id"
                                + " AND n.id = :need" + (drafts ? "" : " AND " + Publication.need("n")) + ")",
                        "need",
                        filter.need())
                .where(
                        "m.status IN (:statuses)",
                        "statuses",
                        filter.statuses().stream().map(Enum::name).toList())
                .where(
                        "EXISTS (SELECT 1 FROM measure_target_group mtg JOIN target_group tg ON tg.id = mtg.target_group_id"
                                + " WHERE mtg.measure_id = m.id AND tg.code = :targetGroup)",
                        "targetGroup",
                        filter.targetGroup())
                .where(
                        "(m.lead_actor_id = :actor OR EXISTS (SELECT 1 FROM measure_partner_actor mpa"
                                + " WHERE mpa.measure_id = m.id AND mpa.actor_id = :actor))",
                        "actor",
                        filter.actor())
                .where("(m.end_date IS NULL OR m.end_date >= :from)", "from", filter.from())
                .where("(m.start_date IS NULL OR m.start_date <= :to)", "to", filter.to())
                .where("m.search_vector @@ websearch_to_tsquery('german', :q)", "q", filter.q())
                .where(
                        "m.publication_status = :publicationStatus",
                        "publicationStatus",
                        PublicationStatus.nameOf(filter.publicationStatus()));
        if (!drafts) {
            where.where(Publication.measure("m"));
        }
        return where;
    }

    public MeasureDto get(String slug, UUID id) {
        ReadOnly.session(em);
        Area area = access.forRead(slug);
        return MeasureReads.read(em, area.id, List.of(id), access.showsDrafts(area)).stream()
                .findFirst()
                .orElseThrow(() -> AreaRecords.notFound("measure", area, id));
    }

    public MeasureDto create(String slug, String body) {
        Measure measure = new Measure();
        measure.area = access.forEdit(slug);
        return MeasureDto.of(writes.create(KIND, measure, body, MeasureInput.class, this::apply), true);
    }

    public MeasureDto update(String slug, UUID id, String ifMatch, String body) {
        return MeasureDto.of(
                writes.update(KIND, editable(slug, id), ifMatch, body, MeasureInput.class, this::apply), true);
    }

    /** Status and progress only: what contributors of the measure's actors may change, besides its steps. */
    public MeasureDto updateProgress(String slug, UUID id, String ifMatch, String body) {
        Measure measure = writes.update(
                KIND, forContribution(slug, id), ifMatch, body, MeasureProgressInput.class, (m, input) -> {
                    m.status = input.status();
                    m.progress = input.progress();
                });
        return MeasureDto.of(measure, access.showsDrafts(measure.area));
    }

    public void delete(String slug, UUID id, String ifMatch) {
        writes.delete(KIND, editable(slug, id), ifMatch, this::deleteUnlessPresented);
    }

    /** Refuses while committee presentations name the measure; its steps go with it. */
    private void deleteUnlessPresented(Measure measure) {
        long presentations = ((Number)
                        em.createNativeQuery("SELECT count(*) FROM presentation_measure WHERE measure_id = :id")
                                .setParameter("id", measure.id)
                                .getSingleResult())
                .longValue();
        if (presentations > 0) {
            throw ApiException.conflict("Measure " + measure.code + " cannot be deleted: it was presented in "
                    + presentations + (presentations == 1 ? " committee presentation" : " committee presentations")
                    + ". Remove it from them first.");
        }
        references.refuseWhileIndicatorsLink("indicator_measure", "measure_id", measure.id, "Measure " + measure.code);
        measure.steps.forEach(ActionStep::delete);
    }

    private Measure editable(String slug, UUID id) {
        return access.editable(Measure.class, "measure", slug, id);
    }

    /** The measure, if the caller may see it; 404 otherwise. */
    Measure readable(String slug, UUID id) {
        return access.readable(Measure.class, "measure", slug, id).record();
    }

    /**
     * The measure, if the caller may update its status, progress and steps: editors of its area, and
     * contributors whose actor leads it or is a partner in it.
     */
    Measure forContribution(String slug, UUID id) {
        Measure measure = readable(slug, id);
        user.requireSignedIn();
        List<UUID> actors =
                new ArrayList<>(measure.partnerActors.stream().map(a -> a.id).toList());
        if (measure.leadActor != null) {
            actors.add(measure.leadActor.id);
        }
        if (!user.mayEdit(measure.area.id) && !user.actsFor(actors)) {
            throw ApiException.forbidden(
                    "Only editors of the area and contributors of the measure's lead or partner actors may update measure "
                            + measure.code + ".");
        }
        return measure;
    }

    /** The records a measure's input refers to, resolved and checked. */
    public record Resolved(
            ActionField actionField,
            List<ActionField> furtherActionFields,
            List<Need> needs,
            Actor leadActor,
            List<Actor> partnerActors,
            List<TargetGroup> targetGroups) {}

    /**
     * Creates a measure of an imported spreadsheet row through the one write path. The importer has validated the
     * input, resolved its references within the area and checked that its code is free.
     */
    public Measure createImported(Area area, MeasureInput input, Resolved resolved) {
        Measure measure = new Measure();
        measure.area = area;
        return writes.create(KIND, measure, m -> assign(m, input, resolved));
    }

    /** Updates a measure (of the importing editor's area, loaded in this transaction) from an imported row. */
    public Measure updateImported(Measure measure, MeasureInput input, Resolved resolved) {
        return writes.update(KIND, measure, m -> assign(m, input, resolved));
    }

    private void apply(Measure measure, MeasureInput input) {
        Area area = measure.area;
        List<FieldError> errors = new ArrayList<>();
        ActionField primary = references.inArea(
                ActionField.class, "action field", input.actionFieldId(), area.scope(), "actionFieldId", errors);
        List<ActionField> further = references.allInArea(
                ActionField.class,
                "action field",
                input.furtherActionFieldIds(),
                area.scope(),
                "furtherActionFieldIds",
                errors);
        List<Need> needs = references.allInArea(Need.class, "need", input.needIds(), area.scope(), "needIds", errors);
        var lead = ActorReferences.one(references, input.leadActorId(), area.municipality, "leadActorId", errors);
        var partners =
                ActorReferences.all(references, input.partnerActorIds(), area.municipality, "partnerActorIds", errors);
        var groups = TargetGroupReferences.all(references, input.targetGroups(), "targetGroups", errors);
        GeoJson.checked(input.locationGeometry(), "locationGeometry", LOCATION_TYPES, errors);
        References.failIfAny(errors);
        Codes.requireUnused(em, "measure", "measure", area.id, input.code(), measure.id);
        assign(measure, input, new Resolved(primary, further, needs, lead, partners, groups));
    }

    private static void assign(Measure measure, MeasureInput input, Resolved resolved) {
        ActionField primary = resolved.actionField();
        measure.code = input.code();
        measure.title = input.title().trim();
        measure.summary = input.summary();
        measure.easyLanguageSummary = input.easyLanguageSummary();
        measure.description = input.description();
        measure.actionField = primary;
        measure.furtherActionFields = new HashSet<>(resolved.furtherActionFields());
        measure.furtherActionFields.remove(primary);
        measure.needs = new HashSet<>(resolved.needs());
        measure.status = input.status();
        measure.priority = input.priority();
        measure.progress = input.progress() == null ? 0 : input.progress();
        measure.startDate = input.startDate();
        measure.endDate = input.endDate();
        measure.leadActor = resolved.leadActor();
        measure.partnerActors = new HashSet<>(resolved.partnerActors());
        measure.targetGroups = new HashSet<>(resolved.targetGroups());
        measure.location = input.location();
        // checked in apply, or taken over from the measure itself (imports)
        measure.locationGeometry =
                GeoJson.checked(input.locationGeometry(), "locationGeometry", LOCATION_TYPES, new ArrayList<>());
        measure.locationApproximate =
                measure.locationGeometry != null && Boolean.TRUE.equals(input.locationApproximate());
        measure.budgetAmount = input.budget() == null ? null : input.budget().toDecimal();
        measure.budgetCurrency = input.budget() == null ? null : input.budget().currency();
        measure.fundingSource = input.fundingSource();
        measure.publicationStatus = PublicationStatus.orDefault(input.publicationStatus(), measure.publicationStatus);
        measure.links.clear();
        if (input.links() != null) {
            input.links()
                    .forEach(link ->
                            measure.links.add(new MeasureLink(link.label().trim(), link.url())));
        }
    }
}
