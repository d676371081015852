package de.ihk.message;

import de.ihk.area.Area;
import de.ihk.common.BaseEntity;
import de.ihk.measure.Measure;
import de.ihk.need.Need;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A resident's question or hint to the quarter management, about a measure, a need, the accessibility of the site or
 * the area. Name and e-mail are personal data: only the area's editors see them, never the public, the history or the
 * change feed.
 */
@Entity
@Table(name = "message")
public class Message extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Enumerated(EnumType.STRING)
    public MessageSubject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "need_id")
    public Need need;

    @Column(name = "sender_name")
    public String senderName;

    @Column(name = "sender_email")
    public String senderEmail;

    public String content;

    @Enumerated(EnumType.STRING)
    public MessageStatus status = MessageStatus.NEW;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "published_question")
    public String publishedQuestion;

    public boolean published;

    /** Whether readers without draft rights see the question and answer: published, below a public measure or need. */
    public boolean isPublic() {
        if (!published || !area.isPublic()) {
            return false;
        }
        if (measure != null) {
            return measure.isPublic();
        }
        return need != null && need.isPublic();
    }
}
