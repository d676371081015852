package de.ihk.spreadsheet;

/**
 * The column layouts of the lists that can be exported and imported. Keys are stable (import and tests refer to
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

    public static final SheetLayout MEASURES = Measures.LAYOUT;
    public static final SheetLayout NEEDS = Needs.LAYOUT;
    public static final SheetLayout STEPS = Steps.LAYOUT;
}
