package de.ihk.overview;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.ihk.actor.ActorSummary;
import de.ihk.area.AreaDto;
import de.ihk.common.Versioned;
import de.ihk.edition.EditionDto;
import de.ihk.measure.MeasureStatus;
import de.ihk.measure.MeasureSummary;
import de.ihk.measure.StepStatus;
import de.ihk.presentation.PresentationDto;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything the front page of an area shows, in one response. */
public record AreaOverview(
        AreaDto area,
        EditionDto currentEdition,
        List<ActionFieldStats> actionFields,
        long needsCount,
        long uncoveredNeedsCount,
        long measuresCount,
        Double meanProgress,
        Map<MeasureStatus, Long> measuresByStatus,
        List<PresentationDto> upcomingPresentations,
        List<DueStep> stepsDueSoon)
        implements Versioned {

    public record ActionFieldStats(
            UUID id,
            String code,
            String title,
            String color,
            int position,
            String goal,
            long needsCount,
            long uncoveredNeedsCount,
            long measuresCount,
            Double meanProgress) {}

    public record DueStep(
            UUID id,
            String title,
            LocalDate dueDate,
            StepStatus status,
            MeasureSummary measure,
            ActorSummary responsibleActor) {}

    /**
     * The overview combines many records, so its ETag is a digest of its content rather than one
     * record's version: any change to what it shows changes the ETag.
     */
    @JsonIgnore
    @Override
    public long version() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
