package de.ihk.presentation;

import de.ihk.common.HttpUrl;
import de.ihk.common.PublicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record PresentationInput(
        @NotNull UUID committeeId,
        @NotNull LocalDate date,

        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "Must be a time of day such as 17:00.")
        String time,

        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        UUID editionId,
        @Size(max = 200) List<@NotNull UUID> measureIds,
        UUID presenterActorId,
        @NotNull PresentationStatus status,
        @HttpUrl String meetingUrl,
        @HttpUrl String agendaItemUrl,
        @HttpUrl String paperUrl,
        @Size(max = 500) String location,
        @HttpUrl String oparlMeetingUrl,
        @HttpUrl String oparlAgendaItemUrl,
        PublicationStatus publicationStatus) {}
