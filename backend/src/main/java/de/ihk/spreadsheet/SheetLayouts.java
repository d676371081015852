package de.ihk.spreadsheet;

/**
 * The column layouts of the lists that can be exported (measures, needs, steps and indicator values also imported). Keys are stable (import and tests refer to
 * them); headers are what a spreadsheet shows, German by default and English with {@code lang=en}.
 */
public final class SheetLayouts {

    private SheetLayouts() {}

    /** Measures, one row per measure. */
    public static final class Measures {
        private Measures() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn CODE = new SheetColumn("code", "Kürzel", "Code");
        public static final SheetColumn TITLE = new SheetColumn("title", "Titel", "Title");
        public static final SheetColumn SUMMARY = new SheetColumn("summary", "Kurzbeschreibung", "Summary");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn ACTION_FIELD = new SheetColumn("actionField", "Handlungsfeld", "Action field");
        public static final SheetColumn ACTION_FIELD_TITLE =
                new SheetColumn("actionFieldTitle", "Handlungsfeld-Titel", "Action field title");
        public static final SheetColumn ACTION_FIELD_ID =
                new SheetColumn("actionFieldId", "Handlungsfeld-ID", "Action field ID");
        public static final SheetColumn FURTHER_ACTION_FIELDS =
                new SheetColumn("furtherActionFields", "Weitere Handlungsfelder", "Further action fields");
        public static final SheetColumn NEEDS = new SheetColumn("needs", "Bedarfe", "Needs");
        public static final SheetColumn STATUS = new SheetColumn("status", "Status", "Status");
        public static final SheetColumn PRIORITY = new SheetColumn("priority", "Priorität", "Priority");
        public static final SheetColumn PROGRESS =
                new SheetColumn("progress", "Fortschritt", "Progress", CellType.PERCENT);
        public static final SheetColumn START_DATE = new SheetColumn("startDate", "Beginn", "Start", CellType.DATE);
        public static final SheetColumn END_DATE = new SheetColumn("endDate", "Ende", "End", CellType.DATE);
        public static final SheetColumn LEAD_ACTOR = new SheetColumn("leadActor", "Federführung", "Lead actor");
        public static final SheetColumn LEAD_ACTOR_ID =
                new SheetColumn("leadActorId", "Federführung-ID", "Lead actor ID");
        public static final SheetColumn PARTNERS = new SheetColumn("partners", "Partner", "Partners");
        public static final SheetColumn PARTNER_IDS = new SheetColumn("partnerIds", "Partner-IDs", "Partner IDs");
        public static final SheetColumn TARGET_GROUPS = new SheetColumn("targetGroups", "Zielgruppen", "Target groups");
        public static final SheetColumn TARGET_GROUP_CODES =
                new SheetColumn("targetGroupCodes", "Zielgruppen-Codes", "Target group codes");
        public static final SheetColumn LOCATION = new SheetColumn("location", "Ort", "Location");
        public static final SheetColumn BUDGET = new SheetColumn("budget", "Budget", "Budget", CellType.MONEY);
        public static final SheetColumn CURRENCY = new SheetColumn("currency", "Währung", "Currency");
        public static final SheetColumn FUNDING_SOURCE =
                new SheetColumn("fundingSource", "Finanzierung", "Funding source");
        public static final SheetColumn PUBLICATION = new SheetColumn("publication", "Veröffentlichung", "Publication");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "measures",
                "Maßnahmen",
                "Measures",
                ID,
                CODE,
                TITLE,
                SUMMARY,
                DESCRIPTION,
                ACTION_FIELD,
                ACTION_FIELD_TITLE,
                ACTION_FIELD_ID,
                FURTHER_ACTION_FIELDS,
                NEEDS,
                STATUS,
                PRIORITY,
                PROGRESS,
                START_DATE,
                END_DATE,
                LEAD_ACTOR,
                LEAD_ACTOR_ID,
                PARTNERS,
                PARTNER_IDS,
                TARGET_GROUPS,
                TARGET_GROUP_CODES,
                LOCATION,
                BUDGET,
                CURRENCY,
                FUNDING_SOURCE,
                PUBLICATION,
                VERSION,
                LAST_CHANGED);
    }

    /** Needs, one row per need. */
    public static final class Needs {
        private Needs() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn CODE = new SheetColumn("code", "Kürzel", "Code");
        public static final SheetColumn TITLE = new SheetColumn("title", "Titel", "Title");
        public static final SheetColumn ACTION_FIELD = new SheetColumn("actionField", "Handlungsfeld", "Action field");
        public static final SheetColumn ACTION_FIELD_TITLE =
                new SheetColumn("actionFieldTitle", "Handlungsfeld-Titel", "Action field title");
        public static final SheetColumn ACTION_FIELD_ID =
                new SheetColumn("actionFieldId", "Handlungsfeld-ID", "Action field ID");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn EVIDENCE = new SheetColumn("evidence", "Herleitung", "Evidence");
        public static final SheetColumn PRIORITY = new SheetColumn("priority", "Priorität", "Priority");
        public static final SheetColumn TARGET_GROUPS = new SheetColumn("targetGroups", "Zielgruppen", "Target groups");
        public static final SheetColumn TARGET_GROUP_CODES =
                new SheetColumn("targetGroupCodes", "Zielgruppen-Codes", "Target group codes");
        /** The codes of the measures answering the need; export only. */
        public static final SheetColumn MEASURES = new SheetColumn("measures", "Maßnahmen", "Measures");

        public static final SheetColumn PUBLICATION = new SheetColumn("publication", "Veröffentlichung", "Publication");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "needs",
                "Bedarfe",
                "Needs",
                ID,
                CODE,
                TITLE,
                ACTION_FIELD,
                ACTION_FIELD_TITLE,
                ACTION_FIELD_ID,
                DESCRIPTION,
                EVIDENCE,
                PRIORITY,
                TARGET_GROUPS,
                TARGET_GROUP_CODES,
                MEASURES,
                PUBLICATION,
                VERSION,
                LAST_CHANGED);
    }

    /** The action steps of an area, one row per step. */
    public static final class Steps {
        private Steps() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn MEASURE = new SheetColumn("measure", "Maßnahme", "Measure");
        public static final SheetColumn MEASURE_TITLE =
                new SheetColumn("measureTitle", "Maßnahme-Titel", "Measure title");
        public static final SheetColumn MEASURE_ID = new SheetColumn("measureId", "Maßnahme-ID", "Measure ID");
        public static final SheetColumn POSITION =
                new SheetColumn("position", "Position", "Position", CellType.INTEGER);
        public static final SheetColumn TITLE = new SheetColumn("title", "Titel", "Title");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn DUE_DATE = new SheetColumn("dueDate", "Fällig am", "Due date", CellType.DATE);
        public static final SheetColumn STATUS = new SheetColumn("status", "Status", "Status");
        public static final SheetColumn RESPONSIBLE = new SheetColumn("responsible", "Verantwortlich", "Responsible");
        public static final SheetColumn RESPONSIBLE_ID =
                new SheetColumn("responsibleId", "Verantwortlich-ID", "Responsible ID");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "steps",
                "Handlungsschritte",
                "Action steps",
                ID,
                MEASURE,
                MEASURE_TITLE,
                MEASURE_ID,
                POSITION,
                TITLE,
                DESCRIPTION,
                DUE_DATE,
                STATUS,
                RESPONSIBLE,
                RESPONSIBLE_ID,
                VERSION,
                LAST_CHANGED);
    }

    /** The values of an area's indicators over time, one row per value (the indicator's columns repeated). */
    public static final class IndicatorValues {
        private IndicatorValues() {}

        public static final SheetColumn INDICATOR = new SheetColumn("indicator", "Indikator", "Indicator");
        public static final SheetColumn INDICATOR_ID = new SheetColumn("indicatorId", "Indikator-ID", "Indicator ID");
        public static final SheetColumn UNIT = new SheetColumn("unit", "Einheit", "Unit");
        public static final SheetColumn YEAR = new SheetColumn("year", "Jahr", "Year", CellType.INTEGER);
        public static final SheetColumn DATE = new SheetColumn("date", "Datum", "Date", CellType.DATE);
        public static final SheetColumn VALUE = new SheetColumn("value", "Wert", "Value", CellType.DECIMAL);
        public static final SheetColumn CITY_VALUE =
                new SheetColumn("cityValue", "Vergleichswert Stadt", "City value", CellType.DECIMAL);
        public static final SheetColumn NOTE = new SheetColumn("note", "Anmerkung", "Note");
        public static final SheetColumn SOURCE = new SheetColumn("source", "Quelle", "Source");
        public static final SheetColumn PUBLICATION = new SheetColumn("publication", "Veröffentlichung", "Publication");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "indicator-values",
                "Indikatorwerte",
                "Indicator values",
                INDICATOR,
                INDICATOR_ID,
                UNIT,
                YEAR,
                DATE,
                VALUE,
                CITY_VALUE,
                NOTE,
                SOURCE,
                PUBLICATION,
                VERSION);
    }

    /** Areas, one row per area. */
    public static final class Areas {
        private Areas() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn SLUG = new SheetColumn("slug", "Kennung", "Slug");
        public static final SheetColumn NAME = new SheetColumn("name", "Name", "Name");
        public static final SheetColumn MUNICIPALITY = new SheetColumn("municipality", "Kommune", "Municipality");
        public static final SheetColumn PROGRAMME = new SheetColumn("programme", "Förderprogramm", "Programme");
        public static final SheetColumn FUNDING_START =
                new SheetColumn("fundingStart", "Förderbeginn", "Funding start", CellType.INTEGER);
        public static final SheetColumn FUNDING_END =
                new SheetColumn("fundingEnd", "Förderende", "Funding end", CellType.INTEGER);
        public static final SheetColumn SIZE =
                new SheetColumn("sizeHectares", "Fläche (ha)", "Size (ha)", CellType.DECIMAL);
        public static final SheetColumn INHABITANTS =
                new SheetColumn("inhabitants", "Einwohner", "Inhabitants", CellType.INTEGER);
        public static final SheetColumn BUDGET = new SheetColumn("budget", "Budget", "Budget", CellType.MONEY);
        public static final SheetColumn CURRENCY = new SheetColumn("currency", "Währung", "Currency");
        public static final SheetColumn SUMMARY = new SheetColumn("summary", "Kurzbeschreibung", "Summary");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn PUBLICATION = new SheetColumn("publication", "Veröffentlichung", "Publication");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "areas",
                "Fördergebiete",
                "Areas",
                ID,
                SLUG,
                NAME,
                MUNICIPALITY,
                PROGRAMME,
                FUNDING_START,
                FUNDING_END,
                SIZE,
                INHABITANTS,
                BUDGET,
                CURRENCY,
                SUMMARY,
                DESCRIPTION,
                PUBLICATION,
                VERSION,
                LAST_CHANGED);
    }

    /** The action fields of an area. */
    public static final class ActionFields {
        private ActionFields() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn CODE = new SheetColumn("code", "Kürzel", "Code");
        public static final SheetColumn TITLE = new SheetColumn("title", "Titel", "Title");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn GOAL = new SheetColumn("goal", "Ziel", "Goal");
        public static final SheetColumn POSITION =
                new SheetColumn("position", "Position", "Position", CellType.INTEGER);
        public static final SheetColumn COLOR = new SheetColumn("color", "Farbe", "Colour");
        public static final SheetColumn PUBLICATION = new SheetColumn("publication", "Veröffentlichung", "Publication");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "action-fields",
                "Handlungsfelder",
                "Action fields",
                ID,
                CODE,
                TITLE,
                DESCRIPTION,
                GOAL,
                POSITION,
                COLOR,
                PUBLICATION,
                VERSION,
                LAST_CHANGED);
    }

    /** The committee presentations of an area (Ausschusstermine). */
    public static final class Presentations {
        private Presentations() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn DATE = new SheetColumn("date", "Datum", "Date", CellType.DATE);
        public static final SheetColumn TIME = new SheetColumn("time", "Uhrzeit", "Time");
        public static final SheetColumn COMMITTEE = new SheetColumn("committee", "Ausschuss", "Committee");
        public static final SheetColumn COMMITTEE_ID = new SheetColumn("committeeId", "Ausschuss-ID", "Committee ID");
        public static final SheetColumn TITLE = new SheetColumn("title", "Titel", "Title");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn STATUS = new SheetColumn("status", "Status", "Status");
        public static final SheetColumn MEASURES = new SheetColumn("measures", "Maßnahmen", "Measures");
        public static final SheetColumn PRESENTER = new SheetColumn("presenter", "Vortragende", "Presenter");
        public static final SheetColumn LOCATION = new SheetColumn("location", "Ort", "Location");
        public static final SheetColumn MEETING_URL = new SheetColumn("meetingUrl", "Sitzung", "Meeting");
        public static final SheetColumn AGENDA_ITEM_URL =
                new SheetColumn("agendaItemUrl", "Tagesordnungspunkt", "Agenda item");
        public static final SheetColumn PAPER_URL = new SheetColumn("paperUrl", "Vorlage", "Paper");
        public static final SheetColumn PUBLICATION = new SheetColumn("publication", "Veröffentlichung", "Publication");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "presentations",
                "Ausschusstermine",
                "Committee dates",
                ID,
                DATE,
                TIME,
                COMMITTEE,
                COMMITTEE_ID,
                TITLE,
                DESCRIPTION,
                STATUS,
                MEASURES,
                PRESENTER,
                LOCATION,
                MEETING_URL,
                AGENDA_ITEM_URL,
                PAPER_URL,
                PUBLICATION,
                VERSION,
                LAST_CHANGED);
    }

    /** Actors (Akteure) of all municipalities. */
    public static final class Actors {
        private Actors() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn NAME = new SheetColumn("name", "Name", "Name");
        public static final SheetColumn KIND = new SheetColumn("kind", "Art", "Kind");
        public static final SheetColumn MUNICIPALITY = new SheetColumn("municipality", "Kommune", "Municipality");
        public static final SheetColumn DESCRIPTION = new SheetColumn("description", "Beschreibung", "Description");
        public static final SheetColumn WEBSITE = new SheetColumn("website", "Website", "Website");
        public static final SheetColumn EMAIL = new SheetColumn("email", "E-Mail", "Email");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "actors",
                "Akteure",
                "Actors",
                ID,
                NAME,
                KIND,
                MUNICIPALITY,
                DESCRIPTION,
                WEBSITE,
                EMAIL,
                VERSION,
                LAST_CHANGED);
    }

    /** Committees (Ausschüsse) of all municipalities. */
    public static final class Committees {
        private Committees() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn NAME = new SheetColumn("name", "Name", "Name");
        public static final SheetColumn SHORT_NAME = new SheetColumn("shortName", "Kurzname", "Short name");
        public static final SheetColumn MUNICIPALITY = new SheetColumn("municipality", "Kommune", "Municipality");
        public static final SheetColumn OPARL_ORGANIZATION =
                new SheetColumn("oparlOrganizationUrl", "OParl-Organisation", "OParl organization");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "committees",
                "Ausschüsse",
                "Committees",
                ID,
                NAME,
                SHORT_NAME,
                MUNICIPALITY,
                OPARL_ORGANIZATION,
                VERSION,
                LAST_CHANGED);
    }

    /** The target groups (Zielgruppen) shared by all areas. */
    public static final class TargetGroups {
        private TargetGroups() {}

        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");
        public static final SheetColumn CODE = new SheetColumn("code", "Code", "Code");
        public static final SheetColumn LABEL_DE =
                new SheetColumn("labelDe", "Bezeichnung (deutsch)", "Label (German)");
        public static final SheetColumn LABEL_EN =
                new SheetColumn("labelEn", "Bezeichnung (englisch)", "Label (English)");
        public static final SheetColumn VERSION = new SheetColumn("version", "Version", "Version", CellType.INTEGER);
        public static final SheetColumn LAST_CHANGED =
                new SheetColumn("lastChanged", "Zuletzt geändert", "Last changed", CellType.TIMESTAMP);

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "target-groups", "Zielgruppen", "Target groups", ID, CODE, LABEL_DE, LABEL_EN, VERSION, LAST_CHANGED);
    }

    /** Search results, best first. */
    public static final class SearchResults {
        private SearchResults() {}

        public static final SheetColumn TYPE = new SheetColumn("type", "Art", "Type");
        public static final SheetColumn TITLE = new SheetColumn("title", "Titel", "Title");
        public static final SheetColumn SNIPPET = new SheetColumn("snippet", "Auszug", "Snippet");
        public static final SheetColumn AREA = new SheetColumn("area", "Fördergebiet", "Area");
        public static final SheetColumn AREA_SLUG = new SheetColumn("areaSlug", "Fördergebiet-Kennung", "Area slug");
        public static final SheetColumn LINK = new SheetColumn("href", "Link", "Link");
        public static final SheetColumn RANK = new SheetColumn("rank", "Relevanz", "Rank", CellType.DECIMAL);
        public static final SheetColumn ID = new SheetColumn("id", "ID", "ID");

        public static final SheetLayout LAYOUT = SheetLayout.of(
                "search", "Suchergebnisse", "Search results", TYPE, TITLE, SNIPPET, AREA, AREA_SLUG, LINK, RANK, ID);
    }

    public static final SheetLayout MEASURES = Measures.LAYOUT;
    public static final SheetLayout NEEDS = Needs.LAYOUT;
    public static final SheetLayout STEPS = Steps.LAYOUT;
    public static final SheetLayout INDICATOR_VALUES = IndicatorValues.LAYOUT;
    public static final SheetLayout AREAS = Areas.LAYOUT;
    public static final SheetLayout ACTION_FIELDS = ActionFields.LAYOUT;
    public static final SheetLayout PRESENTATIONS = Presentations.LAYOUT;
    public static final SheetLayout ACTORS = Actors.LAYOUT;
    public static final SheetLayout COMMITTEES = Committees.LAYOUT;
    public static final SheetLayout TARGET_GROUPS = TargetGroups.LAYOUT;
    public static final SheetLayout SEARCH_RESULTS = SearchResults.LAYOUT;
}
