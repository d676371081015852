package de.ihk.measure;

/** SQL for "the measure {@code m} and its primary action field are published", the rule of {@link Measure#isPublic}. */
public final class MeasurePublic {

    public static final String SQL = "(m.publication_status = 'PUBLISHED'"
            + " AND (SELECT f.publication_status FROM action_field f WHERE f.id = m.action_field_id) = 'PUBLISHED')";

    private MeasurePublic() {
    }
}
