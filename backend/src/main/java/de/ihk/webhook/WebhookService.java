package de.ihk.webhook;

import de.ihk.access.CurrentUser;
import de.ihk.area.Area;
import de.ihk.changes.ChangeFeed;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.References;
import de.ihk.common.SqlFilter;
import de.ihk.integration.OutboundUrls;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Webhook subscriptions, kept by admins. Delivering them is the {@link WebhookDispatcher}'s work. */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final String ALL = "*";

    /** The history shows the settings; never the secret, nor where delivery stands. */
    static final RecordKind<Webhook> KIND = RecordKind.of(RecordType.WEBHOOK, Webhook.class)
            .label(w -> w.url)
            .publicWhen(w -> false)
            .representation(w -> WebhookDto.of(w, slugs(w.areaIds, slugsById(List.of(w.areaIds))), null));

    static final Map<String, String> SORTABLE = Map.of("createdAt", "w.created_at", "url", "w.url");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Writes writes;

    @Inject
    OutboundUrls outboundUrls;

    @Inject
    ChangeFeed feed;

    public Page<WebhookDto> list(PageRequest page) {
        user.requireAdmin();
        Page<Webhook> webhooks = PagedQuery.run(em, Webhook.class, "webhook w", "w", new SqlFilter(), page);
        List<UUID> ids = webhooks.items().stream().map(w -> w.id).toList();
        Map<UUID, WebhookDto.Delivery> deliveries = deliveries(ids);
        Map<UUID, String> slugs = slugsById(webhooks.items().stream()
                .flatMap(w -> Arrays.stream(w.areaIds))
                .distinct()
                .toList());
        return webhooks.map(w -> WebhookDto.of(w, slugs(w.areaIds, slugs), deliveries.get(w.id)));
    }

    public WebhookDto get(UUID id) {
        user.requireAdmin();
        return dto(require(id));
    }

    public WebhookCreated create(String body) {
        user.requireAdmin();
        String secret = WebhookSignatures.newSecret();
        Webhook webhook = writes.create(KIND, new Webhook(), body, WebhookInput.class, (w, input) -> {
            apply(w, input);
            w.secret = secret;
            w.createdBy = user.accountId();
        });
        // new subscriptions get the changes from now on
        em.createNativeQuery("INSERT INTO webhook_dispatch (webhook_id, delivered_position) VALUES (:id, :position)")
                .setParameter("id", webhook.id)
                .setParameter("position", feed.latestPosition())
                .executeUpdate();
        return new WebhookCreated(dto(webhook), secret);
    }

    /** Changes the URL, events, areas or description; a batch waiting for a retry is put together anew. */
    public WebhookDto update(UUID id, String ifMatch, String body) {
        user.requireAdmin();
        Webhook webhook = writes.update(KIND, require(id), ifMatch, body, WebhookInput.class, this::apply);
        restartDelivery(id);
        return dto(webhook);
    }

    public void delete(UUID id, String ifMatch) {
        user.requireAdmin();
        writes.delete(KIND, require(id), ifMatch);
    }

    /** Disables the subscription: nothing is delivered until it is enabled; the changes meanwhile wait. */
    public WebhookDto disable(UUID id) {
        user.requireAdmin();
        Webhook webhook = writes.updateUnconditionally(KIND, require(id), w -> {
            if (w.active) {
                w.active = false;
                w.disabledAt = Instant.now();
                w.disabledReason = "Disabled by an administrator.";
            }
        });
        return dto(webhook);
    }

    /**
     * Enables the subscription; delivery goes on where it stopped (the batch that failed first) with a fresh retry
     * schedule.
     */
    public WebhookDto enable(UUID id) {
        user.requireAdmin();
        Webhook webhook = writes.updateUnconditionally(KIND, require(id), w -> {
            w.active = true;
            w.disabledAt = null;
            w.disabledReason = null;
        });
        em.createNativeQuery("UPDATE webhook_dispatch SET attempts = 0, next_attempt_at = now() WHERE webhook_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        return dto(webhook);
    }

    /** The newest delivery attempts first. */
    @SuppressWarnings("unchecked")
    public Page<DeliveryDto> deliveries(UUID id, PageRequest page) {
        user.requireAdmin();
        require(id);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE webhook_id = :id")
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT attempted_at, message_id, attempt, items, status, error, duration_ms
                        FROM webhook_delivery WHERE webhook_id = :id ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .setParameter("id", id)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        List<DeliveryDto> items = rows.stream()
                .map(r -> new DeliveryDto(
                        instant(r[0]),
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        r[4] == null ? null : ((Number) r[4]).intValue(),
                        (String) r[5],
                        ((Number) r[6]).longValue()))
                .toList();
        return Page.of(items, page, total);
    }

    private void apply(Webhook webhook, WebhookInput input) {
        List<FieldError> errors = new ArrayList<>();
        String url = outboundUrls.check("url", input.url()).toString();
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < input.events().size(); i++) {
            String event = input.events().get(i).trim();
            if (event.equals(ALL)) {
                if (input.events().size() > 1) {
                    errors.add(new FieldError("events", "\"*\" (every type) stands alone."));
                }
            } else if (FEED_TYPE_NAMES.stream().noneMatch(event::equals)) {
                errors.add(new FieldError(
                        "events[" + i + "]",
                        "'" + event + "' is not a record type of the change feed. Allowed: * or "
                                + String.join(", ", FEED_TYPE_NAMES) + "."));
            }
            events.add(event);
        }
        List<String> areaSlugs = input.areas() == null ? List.of() : input.areas();
        Map<String, UUID> areas = new HashMap<>();
        for (Area area : Area.<Area>list("slug in ?1", areaSlugs)) {
            areas.put(area.slug, area.id);
        }
        List<UUID> areaIds = new ArrayList<>();
        for (int i = 0; i < areaSlugs.size(); i++) {
            UUID areaId = areas.get(areaSlugs.get(i));
            if (areaId == null) {
                errors.add(new FieldError("areas[" + i + "]", "There is no area '" + areaSlugs.get(i) + "'."));
            } else if (!areaIds.contains(areaId)) {
                areaIds.add(areaId);
            }
        }
        References.failIfAny(errors);
        webhook.url = url;
        webhook.events = events.toArray(String[]::new);
        webhook.areaIds = areaIds.toArray(UUID[]::new);
        webhook.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().trim();
    }

    private void restartDelivery(UUID id) {
        em.createNativeQuery("""
                        UPDATE webhook_dispatch SET batch_last_position = NULL, attempts = 0, next_attempt_at = now()
                        WHERE webhook_id = :id""").setParameter("id", id).executeUpdate();
    }

    private Webhook require(UUID id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw ApiException.notFound("There is no webhook with id " + id + ".");
        }
        return webhook;
    }

    private WebhookDto dto(Webhook webhook) {
        return WebhookDto.of(
                webhook,
                slugs(webhook.areaIds, slugsById(List.of(webhook.areaIds))),
                deliveries(List.of(webhook.id)).get(webhook.id));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, WebhookDto.Delivery> deliveries(List<UUID> ids) {
        Map<UUID, WebhookDto.Delivery> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT webhook_id, attempts, next_attempt_at, last_success_at, last_failure_at, last_error,
                               batch_last_position IS NOT NULL
                        FROM webhook_dispatch WHERE webhook_id IN (:ids)""").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            boolean retrying = Boolean.TRUE.equals(r[6]);
            found.put(
                    (UUID) r[0],
                    new WebhookDto.Delivery(
                            ((Number) r[1]).intValue(),
                            retrying ? instant(r[2]) : null,
                            instant(r[3]),
                            instant(r[4]),
                            (String) r[5]));
        }
        return found;
    }

    /** The slugs of the given areas, in the given order; an area deleted since is left out. */
    private static List<String> slugs(UUID[] areaIds, Map<UUID, String> slugs) {
        return Arrays.stream(areaIds).map(slugs::get).filter(s -> s != null).toList();
    }

    private static Map<UUID, String> slugsById(List<UUID> ids) {
        Map<UUID, String> slugs = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Area area : Area.<Area>list("id in ?1", ids)) {
                slugs.put(area.id, area.slug);
            }
        }
        return slugs;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** The names of the record types a subscription may name, in the order of the enumeration. */
    static final List<String> FEED_TYPE_NAMES =
            WebhookDispatcher.FEED_TYPES.stream().map(Enum::name).toList();

    /** The record types of a subscription's events; empty for every type. */
    static Set<RecordType> types(String[] events) {
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        if (Arrays.asList(events).contains(ALL)) {
            return types;
        }
        for (String event : events) {
            types.add(RecordType.valueOf(event));
        }
        return types;
    }
}
