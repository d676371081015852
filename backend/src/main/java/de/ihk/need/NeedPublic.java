package de.ihk.need;

/** SQL for "the need {@code n} and its action field are published", the rule of {@link Need#isPublic}. */
public final class NeedPublic {

    public static final String SQL = "(n.publication_status = 'PUBLISHED'"
            + " AND (SELECT f.publication_status FROM action_field f WHERE f.id = n.action_field_id) = 'PUBLISHED')";

    private NeedPublic() {
    }
}
