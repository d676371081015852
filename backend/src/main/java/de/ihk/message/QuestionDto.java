package de.ihk.message;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * A published question and its answer, as the public reads them below a measure or need: the question's text as the
 * editor approved it, and the answer; never the sender's name, e-mail or original text. The history and the change
 * feed know messages by this representation only.
 */
public record QuestionDto(
        UUID id,
        long version,
        MessageSubject subject,
        UUID measureId,
        UUID needId,
        String question,
        String answer,
        Instant answeredAt,
        MessageStatus status,
        boolean published)
        implements Versioned {

    static QuestionDto of(Message m) {
        return new QuestionDto(
                m.id,
                m.version,
                m.subject,
                m.measure == null ? null : m.measure.id,
                m.need == null ? null : m.need.id,
                m.publishedQuestion,
                m.answer,
                m.answeredAt,
                m.status,
                m.published);
    }
}
