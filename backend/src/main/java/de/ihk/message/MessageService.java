package de.ihk.message;

import de.ihk.access.CurrentUser;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.auth.LoginThrottle;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.Publishable;
import de.ihk.common.SqlFilter;
import de.ihk.measure.Measure;
import de.ihk.need.Need;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Residents' messages: anyone may send one (with the form's token, an empty honeypot and within the rate limit per
 * client address); the area's editors read, answer, publish and delete them. The write path knows a message only by
 * its {@link QuestionDto}, so that the history and the change feed never hold the sender's name, e-mail or text.
 */
@ApplicationScoped
@Transactional
public class MessageService {

    static final RecordKind<Message> KIND = RecordKind.of(RecordType.MESSAGE, Message.class)
            .label(m -> "Message " + m.id.toString().substring(0, 8))
            .area(m -> m.area.id)
            .representation(QuestionDto::of)
            .publicWhen(Message::isPublic);

    static final Map<String, String> SORTABLE =
            Map.of("createdAt", "m.created_at", "updatedAt", "m.updated_at", "status", "m.status");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser user;

    @Inject
    LoginThrottle throttle;

    @Inject
    MessageFormTokens tokens;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ihk.messages.per-hour")
    int perHour;

    private LoginThrottle.Rule rateLimit;

    @PostConstruct
    void init() {
        // After perHour messages within an hour, the next must wait 15 s, each further one twice as long (up to an
        // hour).
        rateLimit =
                new LoginThrottle.Rule("message:", Math.max(0, perHour - 1), Duration.ofHours(1), Duration.ofHours(1));
    }

    /** What the form needs before it is shown: a token with the time it was shown. */
    public MessageFormDto form(String slug) {
        Area area = access.forRead(slug);
        return new MessageFormDto(
                tokens.issue(area.id, clock.instant()), tokens.minFillTime().toSeconds());
    }

    public MessageDto create(String slug, String body, String clientAddress) {
        Area area = access.forRead(slug);
        Instant now = clock.instant();
        throttle.checkClient(
                rateLimit,
                clientAddress,
                now,
                "Many messages have come from your address in the last hour. Your message was not sent.");
        Message created = writes.create(KIND, new Message(), body, MessageInput.class, (message, input) -> {
            if (input.website() != null && !input.website().isEmpty()) {
                throw ApiException.invalid("website", "This field must stay empty.");
            }
            tokens.check(input.formToken(), area.id, now);
            apply(message, area, input);
        });
        throttle.countClient(rateLimit, clientAddress, now);
        return MessageDto.of(created);
    }

    private void apply(Message message, Area area, MessageInput input) {
        boolean drafts = access.showsDrafts(area);
        List<FieldError> errors = new ArrayList<>();
        message.area = area;
        if (input.measureId() != null && input.needId() != null) {
            errors.add(new FieldError("needId", "A message is about a measure or a need, not both."));
        }
        if (input.measureId() != null) {
            message.measure = visible(Measure.class, "measure", area, input.measureId(), drafts, "measureId", errors);
            message.subject = MessageSubject.MEASURE;
        } else if (input.needId() != null) {
            message.need = visible(Need.class, "need", area, input.needId(), drafts, "needId", errors);
            message.subject = MessageSubject.NEED;
        } else if (input.subject() == MessageSubject.MEASURE || input.subject() == MessageSubject.NEED) {
            errors.add(new FieldError("subject", "A message about a measure or need names it in measureId or needId."));
        } else {
            message.subject = input.subject() == null ? MessageSubject.GENERAL : input.subject();
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        message.senderName = blankToNull(input.name());
        message.senderEmail = blankToNull(input.email());
        message.content = input.message().strip();
        message.status = MessageStatus.NEW;
    }

    private <E extends de.ihk.common.BaseEntity & Publishable> E visible(
            Class<E> type, String label, Area area, UUID id, boolean drafts, String field, List<FieldError> errors) {
        E record = em.createQuery(
                        "SELECT e FROM " + type.getSimpleName() + " e WHERE e.id = :id AND e.area = :area", type)
                .setParameter("id", id)
                .setParameter("area", area)
                .getResultStream()
                .findFirst()
                .filter(r -> drafts || r.isPublic())
                .orElse(null);
        if (record == null) {
            errors.add(
                    new FieldError(field, "There is no " + label + " with id " + id + " in area '" + area.slug + "'."));
        }
        return record;
    }

    /** The inbox: the area's messages, newest first unless sorted otherwise; editors of the area and admins only. */
    public Page<MessageDto> list(String slug, MessageStatus status, PageRequest page) {
        Area area = access.forEdit(slug);
        SqlFilter where = new SqlFilter()
                .where("m.area_id = :area", "area", area.id)
                .where("m.status = :status", "status", status == null ? null : status.name());
        return ListQuery.of(em, Message.class, "message m", "m", where, MessageDto::of)
                .page(page);
    }

    public MessageDto get(String slug, UUID id) {
        return MessageDto.of(AreaRecords.require(em, Message.class, "message", access.forEdit(slug), id));
    }

    public MessageDto update(String slug, UUID id, String ifMatch, String body) {
        Message message = AreaRecords.require(em, Message.class, "message", access.forEdit(slug), id);
        return MessageDto.of(writes.update(KIND, message, ifMatch, body, MessageUpdate.class, this::apply));
    }

    private void apply(Message message, MessageUpdate input) {
        String answer = blankToNull(input.answer());
        String question = blankToNull(input.publishedQuestion());
        if (input.published()) {
            List<FieldError> errors = new ArrayList<>();
            if (message.measure == null && message.need == null) {
                errors.add(new FieldError(
                        "published", "Only a message about a measure or a need can be published below it."));
            }
            if (answer == null) {
                errors.add(new FieldError("answer", "A published message needs an answer."));
            }
            if (question == null) {
                errors.add(new FieldError(
                        "publishedQuestion", "A published message needs the question's text as the public reads it."));
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
        }
        boolean answerChanged = answer != null && !answer.equals(message.answer);
        if (input.status() == MessageStatus.ANSWERED && (message.status != MessageStatus.ANSWERED || answerChanged)) {
            message.answeredAt = clock.instant();
        } else if (input.status() == MessageStatus.NEW) {
            message.answeredAt = null;
        }
        message.status = input.status();
        message.answer = answer;
        message.publishedQuestion = question;
        message.published = input.published();
    }

    public void delete(String slug, UUID id, String ifMatch) {
        Message message = AreaRecords.require(em, Message.class, "message", access.forEdit(slug), id);
        writes.delete(KIND, message, ifMatch);
    }

    /** The published questions and answers of an area, below one measure or need when given, oldest first. */
    public Page<QuestionDto> questions(String slug, UUID measure, UUID need, PageRequest page) {
        Area area = access.forRead(slug);
        SqlFilter where = new SqlFilter()
                .where("m.area_id = :area", "area", area.id)
                .where("m.measure_id = :measure", "measure", measure)
                .where("m.need_id = :need", "need", need);
        where.where(access.showsDrafts(area) ? "m.published" : Publication.message("m"));
        return ListQuery.of(em, Message.class, "message m", "m", where, QuestionDto::of)
                .page(page);
    }

    /** One question; a draft (unpublished) one only for those who see the area's drafts. */
    public QuestionDto question(String slug, UUID id) {
        Area area = access.forRead(slug);
        Message message = AreaRecords.require(em, Message.class, "question", area, id);
        if (!access.showsDrafts(area) && !message.isPublic()) {
            throw ApiException.notFound("There is no question with id " + id + " in area '" + area.slug + "'.");
        }
        return QuestionDto.of(message);
    }

    /**
     * Deletes, through the write path, up to {@code limit} messages that arrived before {@code cutoff}; returns how
     * many. Rows another instance is deleting at the same time are skipped.
     */
    @SuppressWarnings("unchecked")
    public int deleteOlderThan(Instant cutoff, int limit) {
        List<UUID> ids = em.createNativeQuery(
                        "SELECT id FROM message WHERE created_at < :cutoff ORDER BY created_at LIMIT :limit"
                                + " FOR UPDATE SKIP LOCKED",
                        UUID.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList();
        for (UUID id : ids) {
            Message message = em.find(Message.class, id);
            writes.delete(KIND, message, de.ihk.common.Etags.of(message.version));
        }
        return ids.size();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
