import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Offene Daten',
  intro:
    'Alle veröffentlichten Inhalte der integrierten Handlungskonzepte gibt es als offene Daten: als Tabellen und Gesamtexport zum Herunterladen, über die Schnittstelle (API) und beschrieben in einem Katalog nach DCAT-AP.de, den Open-Data-Portale wie GovData einlesen können. Entwürfe gehören nicht dazu.',
  licenseTitle: 'Lizenz',
  licenseText: 'Die Daten stehen unter der Lizenz',
  attribution: 'Bitte nennen Sie als Quelle: {{attribution}}.',
  publisher: 'Herausgeberin: {{name}}',
  catalogTitle: 'Katalog (DCAT-AP.de)',
  catalogText: 'Der Katalog beschreibt jeden Datensatz mit Lizenz, räumlicher und zeitlicher Abdeckung und allen Downloads.',
  catalogJsonLd: 'Katalog als JSON-LD',
  catalogTurtle: 'Katalog als Turtle',
  apiDocs: 'Beschreibung der Schnittstelle (OpenAPI)',
  downloadsTitle: 'Downloads je Fördergebiet',
  modified: 'Stand: {{date}}',
  fundingPeriod: 'Förderzeitraum {{from}}–{{to}}',
  areaPage: 'Seite des Fördergebiets',
  empty: 'Es ist noch kein Fördergebiet veröffentlicht.',
  kinds: {
    API_JSON: 'Fördergebiet über die Schnittstelle (JSON)',
    EXPORT_JSON: 'Gesamtexport aller Inhalte (JSON)',
    MEASURES_CSV: 'Maßnahmen als Tabelle (CSV)',
    MEASURES_XLSX: 'Maßnahmen als Excel-Tabelle (XLSX)',
    NEEDS_CSV: 'Bedarfe als Tabelle (CSV)',
    NEEDS_XLSX: 'Bedarfe als Excel-Tabelle (XLSX)',
    INDICATORS_CSV: 'Indikatorwerte als Tabelle (CSV)',
    INDICATORS_XLSX: 'Indikatorwerte als Excel-Tabelle (XLSX)',
    CALENDAR_ICS: 'Ausschusstermine als Kalender (iCalendar)',
  },
};

type OpenDataTexts = typeof de;

const en: OpenDataTexts = {
  title: 'Open data',
  intro:
    'All published content of the integrated action concepts is open data: as spreadsheets and a full export to download, through the API, and described in a DCAT-AP.de catalogue that open data portals such as GovData can harvest. Drafts are not part of it.',
  licenseTitle: 'Licence',
  licenseText: 'The data is published under the licence',
  attribution: 'Please name the source as: {{attribution}}.',
  publisher: 'Publisher: {{name}}',
  catalogTitle: 'Catalogue (DCAT-AP.de)',
  catalogText: 'The catalogue describes every dataset with its licence, spatial and temporal coverage and all downloads.',
  catalogJsonLd: 'Catalogue as JSON-LD',
  catalogTurtle: 'Catalogue as Turtle',
  apiDocs: 'Description of the API (OpenAPI)',
  downloadsTitle: 'Downloads per redevelopment area',
  modified: 'Last changed: {{date}}',
  fundingPeriod: 'Funding period {{from}}–{{to}}',
  areaPage: 'Page of the area',
  empty: 'No redevelopment area has been published yet.',
  kinds: {
    API_JSON: 'The area through the API (JSON)',
    EXPORT_JSON: 'Full export of all content (JSON)',
    MEASURES_CSV: 'Measures as a spreadsheet (CSV)',
    MEASURES_XLSX: 'Measures as an Excel spreadsheet (XLSX)',
    NEEDS_CSV: 'Needs as a spreadsheet (CSV)',
    NEEDS_XLSX: 'Needs as an Excel spreadsheet (XLSX)',
    INDICATORS_CSV: 'Indicator values as a spreadsheet (CSV)',
    INDICATORS_XLSX: 'Indicator values as an Excel spreadsheet (XLSX)',
    CALENDAR_ICS: 'Committee dates as a calendar (iCalendar)',
  },
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    openData: OpenDataTexts;
  }
}

registerTexts('openData', { de, en });
