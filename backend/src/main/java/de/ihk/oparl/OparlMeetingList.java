package de.ihk.oparl;

import de.ihk.integration.OparlMeeting;
import java.util.List;

/**
 * The meetings of a committee's organization in the council information system, for picking one as a committee
 * date: oldest first, deleted ones left out.
 *
 * @param complete false when the page or time limit stopped the reading before the last page
 */
public record OparlMeetingList(Organization organization, List<OparlMeeting> meetings, int pages, boolean complete) {

    /** The organization (OParl {@code Organization}) the committee is linked to. */
    public record Organization(String id, String name, String web) {}
}
