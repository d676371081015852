package de.ihk.spreadsheet;

import de.ihk.actor.ActorKind;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.measure.MeasureStatus;
import de.ihk.measure.StepStatus;
import de.ihk.presentation.PresentationStatus;
import de.ihk.search.SearchResultType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The readable labels of an enumerated value in a spreadsheet (German and English, as the web app shows them).
 * Reading back accepts either label or the API value, trimmed and case-insensitive.
 */
public final class SheetLabels<E extends Enum<E>> {

    public static final SheetLabels<MeasureStatus> MEASURE_STATUS = new SheetLabels<>(MeasureStatus.class)
            .with(MeasureStatus.IDEA, "Idee", "Idea")
            .with(MeasureStatus.PLANNED, "Geplant", "Planned")
            .with(MeasureStatus.IN_PROGRESS, "In Umsetzung", "In progress")
            .with(MeasureStatus.COMPLETED, "Abgeschlossen", "Completed")
            .with(MeasureStatus.ONGOING, "Verstetigt", "Made permanent")
            .with(MeasureStatus.DISCONTINUED, "Eingestellt", "Discontinued");

    public static final SheetLabels<StepStatus> STEP_STATUS = new SheetLabels<>(StepStatus.class)
            .with(StepStatus.OPEN, "Offen", "Open")
            .with(StepStatus.IN_PROGRESS, "In Arbeit", "In progress")
            .with(StepStatus.DONE, "Erledigt", "Done")
            .with(StepStatus.CANCELLED, "Entfallen", "Cancelled");

    public static final SheetLabels<Priority> PRIORITY = new SheetLabels<>(Priority.class)
            .with(Priority.HIGH, "hoch", "high")
            .with(Priority.MEDIUM, "mittel", "medium")
            .with(Priority.LOW, "niedrig", "low");

    public static final SheetLabels<PublicationStatus> PUBLICATION = new SheetLabels<>(PublicationStatus.class)
            .with(PublicationStatus.DRAFT, "Entwurf", "Draft")
            .with(PublicationStatus.PUBLISHED, "Veröffentlicht", "Published");

    public static final SheetLabels<PresentationStatus> PRESENTATION_STATUS = new SheetLabels<>(
                    PresentationStatus.class)
            .with(PresentationStatus.SCHEDULED, "Geplant", "Scheduled")
            .with(PresentationStatus.HELD, "Stattgefunden", "Held")
            .with(PresentationStatus.CANCELLED, "Abgesagt", "Cancelled")
            .with(PresentationStatus.POSTPONED, "Verschoben", "Postponed");

    public static final SheetLabels<ActorKind> ACTOR_KIND = new SheetLabels<>(ActorKind.class)
            .with(ActorKind.CITY_DEPARTMENT, "Fachbereich der Stadt", "City department")
            .with(ActorKind.SOCIAL_ORGANISATION, "Sozialer Träger", "Social organisation")
            .with(ActorKind.NETWORK_BODY, "Netzwerk und Gremium", "Network body")
            .with(ActorKind.QUARTER_MANAGEMENT, "Quartiersmanagement", "Quarter management")
            .with(ActorKind.TRUSTEE, "Sanierungsträger", "Redevelopment trustee")
            .with(ActorKind.RESIDENTS_BODY, "Bewohnervertretung", "Residents' body")
            .with(ActorKind.SCHOOL, "Schule", "School")
            .with(ActorKind.OTHER, "Sonstige", "Other");

    public static final SheetLabels<SearchResultType> SEARCH_RESULT_TYPE = new SheetLabels<>(SearchResultType.class)
            .with(SearchResultType.AREA, "Fördergebiet", "Area")
            .with(SearchResultType.ACTION_FIELD, "Handlungsfeld", "Action field")
            .with(SearchResultType.NEED, "Bedarf", "Need")
            .with(SearchResultType.MEASURE, "Maßnahme", "Measure")
            .with(SearchResultType.ACTION_STEP, "Handlungsschritt", "Action step")
            .with(SearchResultType.ACTOR, "Akteur", "Actor");

    private final Class<E> type;
    private final Map<E, String> german;
    private final Map<E, String> english;

    private SheetLabels(Class<E> type) {
        this.type = type;
        this.german = new EnumMap<>(type);
        this.english = new EnumMap<>(type);
    }

    /** Declares the labels of one value; used by the definitions above and by other lists' labels. */
    public SheetLabels<E> with(E value, String germanLabel, String englishLabel) {
        german.put(value, germanLabel);
        english.put(value, englishLabel);
        return this;
    }

    public static <E extends Enum<E>> SheetLabels<E> of(Class<E> type) {
        return new SheetLabels<>(type);
    }

    /** The label of a value in the given language; null for null. */
    public String label(E value, SheetLanguage language) {
        if (value == null) {
            return null;
        }
        String label = (language == SheetLanguage.EN ? english : german).get(value);
        return label != null ? label : value.name();
    }

    /** The value a cell names: its German or English label or its API value; empty when none matches. */
    public Optional<E> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = SheetColumn.normalise(text);
        for (E value : type.getEnumConstants()) {
            if (wanted.equals(SheetColumn.normalise(value.name()))
                    || wanted.equals(SheetColumn.normalise(label(value, SheetLanguage.DE)))
                    || wanted.equals(SheetColumn.normalise(label(value, SheetLanguage.EN)))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
