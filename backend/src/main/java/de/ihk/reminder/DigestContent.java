package de.ihk.reminder;

import de.ihk.access.Role;
import de.ihk.measure.AreaStepService;
import de.ihk.measure.MeasureStatus;
import de.ihk.need.NeedService;
import de.ihk.presentation.PresentationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What an account's digest lists: the same things the work view shows an editor (open steps that are overdue or due
 * soon, active measures nobody changed for a while, needs without measures, upcoming committee dates), gathered in a
 * few queries for the account's own scope. Editors get their areas, contributors the measures their actors lead and
 * the steps their actors are responsible for (and the committee dates of those measures' areas), admins every area.
 * Drafts count: everyone who receives a digest may see the drafts of their scope.
 */
@ApplicationScoped
public class DigestContent {

    @Inject
    EntityManager em;

    @Inject
    ReminderSettings settings;

    /** The account a digest is for, as far as its content and address go. */
    public record Recipient(UUID id, String displayName, String email, String language, Role role) {}

    public record Step(
            String areaSlug,
            String areaName,
            UUID measureId,
            String measureCode,
            String measureTitle,
            String title,
            LocalDate dueDate,
            boolean overdue) {}

    public record Measure(String areaSlug, String areaName, UUID id, String code, String title, LocalDate updatedOn) {}

    public record Need(String areaSlug, String areaName, UUID id, String code, String title) {}

    public record Presentation(
            String areaSlug, String areaName, String committee, LocalDate date, LocalTime time, String title) {}

    public record Digest(
            Recipient recipient,
            LocalDate today,
            List<Step> steps,
            List<Measure> staleMeasures,
            List<Need> uncoveredNeeds,
            List<Presentation> presentations) {

        public int items() {
            return steps.size() + staleMeasures.size() + uncoveredNeeds.size() + presentations.size();
        }

        /** The areas the digest speaks of, for the links to their work views. */
        public List<String> areaSlugs() {
            return java.util.stream.Stream.of(
                            steps.stream().map(Step::areaSlug),
                            staleMeasures.stream().map(Measure::areaSlug),
                            uncoveredNeeds.stream().map(Need::areaSlug),
                            presentations.stream().map(Presentation::areaSlug))
                    .flatMap(s -> s)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    /** Reads the digest of {@code recipient} as of {@code today} (in a transaction of the caller). */
    public Digest of(Recipient recipient, LocalDate today) {
        return new Digest(
                recipient,
                today,
                steps(recipient, today),
                staleMeasures(recipient, today),
                recipient.role() == Role.CONTRIBUTOR ? List.of() : uncoveredNeeds(recipient),
                presentations(recipient, today));
    }

    /** Areas the account edits (admins: every area). */
    private static String editedAreas(Recipient r, String areaColumn) {
        return r.role() == Role.ADMIN
                ? "TRUE"
                : areaColumn + " IN (SELECT aa.area_id FROM account_area aa WHERE aa.account_id = :account)";
    }

    private static final String OWN_ACTORS =
            "(SELECT ac.actor_id FROM account_actor ac WHERE ac.account_id = :account)";

    /** The measures {@code m} of the account's scope. */
    private static String measureScope(Recipient r) {
        return r.role() == Role.CONTRIBUTOR ? "m.lead_actor_id IN " + OWN_ACTORS : editedAreas(r, "m.area_id");
    }

    /** The areas of the account's scope: those it edits, for contributors those of the measures their actors lead. */
    private static String areaScope(Recipient r, String areaColumn) {
        return r.role() == Role.CONTRIBUTOR
                ? areaColumn + " IN (SELECT m.area_id FROM measure m WHERE m.lead_actor_id IN " + OWN_ACTORS + ")"
                : editedAreas(r, areaColumn);
    }

    @SuppressWarnings("unchecked")
    private List<Step> steps(Recipient r, LocalDate today) {
        String scope = r.role() == Role.CONTRIBUTOR
                ? "(" + measureScope(r) + " OR s.responsible_actor_id IN " + OWN_ACTORS + ")"
                : measureScope(r);
        Query query = em.createNativeQuery("SELECT a.slug, a.name, m.id, m.code, m.title, s.title, s.due_date"
                        + " FROM action_step s JOIN measure m ON m.id = s.measure_id JOIN area a ON a.id = m.area_id"
                        + " WHERE s.status IN (:open) AND s.due_date <= :horizon AND m.status IN (:active) AND "
                        + scope + " ORDER BY s.due_date, a.slug, m.code, s.position")
                .setParameter("open", names(AreaStepService.OPEN))
                .setParameter("horizon", today.plusDays(settings.stepsAheadDays()))
                .setParameter("active", names(MeasureStatus.ACTIVE));
        return ((List<Object[]>) bind(query, r).getResultList())
                .stream()
                        .map(row -> {
                            LocalDate due = date(row[6]);
                            return new Step(
                                    (String) row[0],
                                    (String) row[1],
                                    (UUID) row[2],
                                    (String) row[3],
                                    (String) row[4],
                                    (String) row[5],
                                    due,
                                    due.isBefore(today));
                        })
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Measure> staleMeasures(Recipient r, LocalDate today) {
        Query query = em.createNativeQuery("SELECT a.slug, a.name, m.id, m.code, m.title, m.updated_at"
                        + " FROM measure m JOIN area a ON a.id = m.area_id"
                        + " WHERE m.status IN (:active) AND m.updated_at < :staleBefore AND " + measureScope(r)
                        + " ORDER BY m.updated_at, a.slug, m.code")
                .setParameter("active", names(MeasureStatus.ACTIVE))
                .setParameter(
                        "staleBefore",
                        today.minusDays(settings.staleAfterDays())
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toOffsetDateTime());
        return ((List<Object[]>) bind(query, r).getResultList())
                .stream()
                        .map(row -> new Measure(
                                (String) row[0],
                                (String) row[1],
                                (UUID) row[2],
                                (String) row[3],
                                (String) row[4],
                                instant(row[5])
                                        .atZone(java.time.ZoneId.of("Europe/Berlin"))
                                        .toLocalDate()))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Need> uncoveredNeeds(Recipient r) {
        Query query = em.createNativeQuery("SELECT a.slug, a.name, n.id, n.code, n.title"
                + " FROM need n JOIN area a ON a.id = n.area_id WHERE NOT " + NeedService.answered("n", true)
                + " AND " + editedAreas(r, "n.area_id") + " ORDER BY a.slug, n.code");
        return ((List<Object[]>) bind(query, r).getResultList())
                .stream()
                        .map(row -> new Need(
                                (String) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4]))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Presentation> presentations(Recipient r, LocalDate today) {
        Query query = em.createNativeQuery("SELECT a.slug, a.name, c.name AS committee, p.date, p.time, p.title"
                        + " FROM presentation p JOIN area a ON a.id = p.area_id JOIN committee c ON c.id = p.committee_id"
                        + " WHERE " + PresentationService.UPCOMING + " AND p.date <= :until AND "
                        + areaScope(r, "p.area_id") + " ORDER BY p.date, p.time NULLS FIRST, a.slug")
                .setParameter("today", today)
                .setParameter("until", today.plusDays(settings.presentationsAheadDays()));
        return ((List<Object[]>) bind(query, r).getResultList())
                .stream()
                        .map(row -> new Presentation(
                                (String) row[0], (String) row[1], (String) row[2], date(row[3]), time(row[4]), (String)
                                        row[5]))
                        .toList();
    }

    /** Binds the account where the scope uses it, and limits the rows to a section's maximum. */
    private Query bind(Query query, Recipient r) {
        if (query.getParameters().stream().anyMatch(p -> "account".equals(p.getName()))) {
            query.setParameter("account", r.id());
        }
        return query.setMaxResults(settings.maxItems());
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalTime time(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Instant) value).truncatedTo(ChronoUnit.MILLIS);
    }
}
