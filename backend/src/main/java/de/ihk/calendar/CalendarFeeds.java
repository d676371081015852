package de.ihk.calendar;

import de.ihk.area.Area;
import de.ihk.committee.CommitteeDto;
import de.ihk.committee.CommitteeService;
import de.ihk.common.ApiException;
import de.ihk.common.Etags;
import de.ihk.common.PublicAddress;
import de.ihk.common.Publication;
import de.ihk.presentation.Presentation;
import de.ihk.presentation.PresentationDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The calendar feeds of committee dates. A feed shows what anonymous readers see, whoever asks: the published
 * presentations of published areas, with their published measures. Calendar programs fetch feeds without the
 * subscriber's credentials, and a subscription is often shared; so a feed is the same for everybody, and a draft
 * area has none (404, as for anonymous readers of its JSON).
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    /** The feed's bytes (UTF-8) and its ETag, made of those bytes as for the API's lists. */
    public static final class Feed {
        private final byte[] body;
        private final String etag;

        Feed(byte[] body) {
            this.body = body.clone();
            this.etag = Etags.ofContent(body);
        }

        public byte[] body() {
            return body.clone();
        }

        public String etag() {
            return etag;
        }
    }

    private static final String ORDER = " ORDER BY p.date, p.time NULLS LAST, p.id";

    @Inject
    EntityManager em;

    @Inject
    CommitteeService committees;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    /** The published dates of the area; 404 when there is no published area with this slug. */
    public Feed ofArea(String slug, String requestBase) {
        Area area = Area.findBySlug(slug)
                .filter(Area::isPublic)
                .orElseThrow(() -> ApiException.notFound("There is no area with slug '" + slug + "'."));
        List<Presentation> presentations = em.createNativeQuery(
                        "SELECT p.* FROM presentation p WHERE p.area_id = :area AND " + Publication.presentation("p")
                                + ORDER,
                        Presentation.class)
                .setParameter("area", area.id)
                .getResultList();
        return feed("Ausschusstermine – " + area.name, presentations, requestBase);
    }

    /** The published dates of the committee in all published areas; 404 when there is no such committee. */
    public Feed ofCommittee(UUID id, String requestBase) {
        CommitteeDto committee = committees.get(id);
        List<Presentation> presentations = em.createNativeQuery(
                        "SELECT p.* FROM presentation p JOIN area a ON a.id = p.area_id WHERE p.committee_id = :committee"
                                + " AND " + Publication.presentation("p") + " AND " + Publication.area("a") + ORDER,
                        Presentation.class)
                .setParameter("committee", committee.id())
                .getResultList();
        return feed("Ausschusstermine – " + committee.name(), presentations, requestBase);
    }

    private Feed feed(String name, List<Presentation> presentations, String requestBase) {
        LocalDate today = LocalDate.now(clock);
        List<PresentationCalendar.Entry> entries = presentations.stream()
                .map(p -> new PresentationCalendar.Entry(PresentationDto.of(p, today, false), p.area.slug, p.area.name))
                .toList();
        byte[] body = PresentationCalendar.write(name, entries, publicAddress.of(requestBase))
                .getBytes(StandardCharsets.UTF_8);
        return new Feed(body);
    }
}
