package de.ihk.message;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/** A message as the area's editors read it in the inbox, with the sender's name and e-mail if given. */
public record MessageDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        MessageSubject subject,
        Reference measure,
        Reference need,
        String name,
        String email,
        String message,
        MessageStatus status,
        String answer,
        Instant answeredAt,
        String publishedQuestion,
        boolean published)
        implements Versioned {

    /** The measure or need a message is about: its id, code and title. */
    public record Reference(UUID id, String code, String title) {}

    static MessageDto of(Message m) {
        return new MessageDto(
                m.id,
                m.version,
                m.createdAt,
                m.updatedAt,
                m.subject,
                m.measure == null ? null : new Reference(m.measure.id, m.measure.code, m.measure.title),
                m.need == null ? null : new Reference(m.need.id, m.need.code, m.need.title),
                m.senderName,
                m.senderEmail,
                m.content,
                m.status,
                m.answer,
                m.answeredAt,
                m.publishedQuestion,
                m.published);
    }
}
