package de.ihk.targetgroup;

import de.ihk.common.FieldError;
import de.ihk.common.References;
import java.util.List;
import java.util.Map;

/** Needs and measures name target groups by code. */
public final class TargetGroupReferences {

    private TargetGroupReferences() {}

    public static List<TargetGroup> all(
            References references, List<String> codes, String field, List<FieldError> errors) {
        return references.resolve(
                TargetGroup.class,
                "code",
                codes,
                "TRUE",
                Map.of(),
                t -> t.code,
                field,
                true,
                errors,
                code -> "There is no target group with code '" + code + "'.");
    }
}
