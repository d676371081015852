package de.ihk.committee;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.integration.OparlClient;
import de.ihk.integration.OparlException;
import de.ihk.integration.OutboundUrls;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class CommitteeService {

    /** Presentations show their committee (name and short name). */
    static final RecordKind<Committee> KIND = RecordKind.of(RecordType.COMMITTEE, Committee.class)
            .label(c -> c.name)
            .representation(CommitteeDto::of)
            .summary(CommitteeSummary::of)
            .shownBy("presentation", "committee_id = :id");

    static final Map<String, String> SORTABLE =
            Map.of("name", "lower(c.name)", "shortName", "c.short_name", "createdAt", "c.created_at");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser user;

    @Inject
    OutboundUrls outboundUrls;

    @Inject
    OparlClient oparl;

    public Page<CommitteeDto> list(String municipality, PageRequest page) {
        return query(municipality).page(page);
    }

    /** Every record the list shows, read when an export is written (see {@link Rows}). */
    public Rows<CommitteeDto> all(String municipality) {
        return query(municipality);
    }

    private ListQuery<CommitteeDto> query(String municipality) {
        SqlFilter where = new SqlFilter().where("c.municipality = :municipality", "municipality", municipality);
        return ListQuery.of(em, Committee.class, "committee c", "c", where, CommitteeDto::of);
    }

    public CommitteeDto get(UUID id) {
        return CommitteeDto.of(require(id));
    }

    public CommitteeDto create(String body) {
        user.requireAdmin();
        return CommitteeDto.of(writes.create(KIND, new Committee(), body, CommitteeInput.class, this::apply));
    }

    public CommitteeDto update(UUID id, String ifMatch, String body) {
        user.requireAdmin();
        return CommitteeDto.of(writes.update(
                KIND, require(id), ifMatch, body, CommitteeInput.class, (committee, input) -> {
                    if (!committee.municipality.equals(input.municipality().trim()) && presentationsOf(committee) > 0) {
                        throw ApiException.conflict("The municipality of " + committee.name
                                + " cannot change while presentations refer to it.");
                    }
                    apply(committee, input);
                }));
    }

    public void delete(UUID id, String ifMatch) {
        user.requireAdmin();
        writes.delete(KIND, require(id), ifMatch, committee -> {
            long presentations = presentationsOf(committee);
            if (presentations > 0) {
                throw ApiException.conflict(committee.name + " cannot be deleted: " + presentations
                        + (presentations == 1 ? " presentation refers" : " presentations refer") + " to it.");
            }
        });
    }

    private long presentationsOf(Committee committee) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM presentation WHERE committee_id = :id")
                        .setParameter("id", committee.id)
                        .getSingleResult())
                .longValue();
    }

    private Committee require(UUID id) {
        Committee committee = em.find(Committee.class, id);
        if (committee == null) {
            throw ApiException.notFound("There is no committee with id " + id + ".");
        }
        return committee;
    }

    private void apply(Committee committee, CommitteeInput input) {
        if (input.oparlOrganizationUrl() != null
                && !Objects.equals(input.oparlOrganizationUrl(), committee.oparlOrganizationUrl)) {
            checkOrganization(input.oparlOrganizationUrl());
        }
        committee.name = input.name().trim();
        committee.shortName = input.shortName();
        committee.municipality = input.municipality().trim();
        committee.oparlOrganizationUrl = input.oparlOrganizationUrl();
    }

    /**
     * A new link to the council information system must be a URL the server may call, and answer with an OParl
     * Organization (1.0 or 1.1); otherwise a 400 naming the field, with what the council system answered.
     */
    private void checkOrganization(String url) {
        outboundUrls.check("oparlOrganizationUrl", url);
        try {
            oparl.object(url, "Organization");
        } catch (OparlException e) {
            throw ApiException.invalid(
                    "oparlOrganizationUrl",
                    "This is not an organization of a council information " + "system that can be read: "
                            + e.getMessage());
        }
    }
}
