package de.ihk.targetgroup;

import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;

/** The query parameters of the target group list (shared by the JSON list and exports). */
public class TargetGroupListParams extends ListParams {

    public PageRequest page() {
        return page(TargetGroupService.SORTABLE, "code", "t.id");
    }
}
