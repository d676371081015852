import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Tabelle importieren',
  intro:
    'Laden Sie eine Tabelle (Excel .xlsx oder CSV in UTF-8) im Spaltenaufbau des Exports hoch, zum Beispiel einen bearbeiteten Export. Zeilen werden über das Kürzel zugeordnet (Handlungsschritte über die ID, sonst über Maßnahme und Position); Zeilen ohne Treffer werden neu angelegt. Indikatorwerte (eine Zeile je Wert, wie im Export der Indikatoren) nennen den Indikator über ID oder Namen und das Jahr oder Datum; Werte, die die Datei nicht nennt, bleiben erhalten. Sie sehen erst eine Vorschau; übernommen wird nur, was Sie bestätigen – alle Zeilen oder keine.',
  typeLegend: 'Was enthält die Tabelle?',
  types: { measures: 'Maßnahmen', needs: 'Bedarfe', steps: 'Handlungsschritte', 'indicator-values': 'Indikatorwerte' },
  file: 'Datei',
  fileHint: 'Excel (.xlsx) oder CSV (UTF-8, getrennt durch Komma oder Semikolon), höchstens 10 MB und 20.000 Zeilen.',
  fileMissing: 'Bitte wählen Sie eine Datei aus.',
  preview: 'Vorschau anzeigen',
  previewing: 'Die Datei wird geprüft …',
  previewTitle: 'Vorschau',
  counts: '{{create}} neu, {{update}} geändert, {{unchanged}} unverändert',
  problems_one: '{{count}} Problem – bitte korrigieren Sie die Datei und laden Sie sie erneut hoch.',
  problems_other: '{{count}} Probleme – bitte korrigieren Sie die Datei und laden Sie sie erneut hoch.',
  noProblems: 'Keine Probleme gefunden.',
  nothingToDo: 'Die Tabelle stimmt mit dem Stand im System überein; es gibt nichts zu übernehmen.',
  problemAt: 'Zeile {{row}}, {{column}}: {{message}}',
  problemAtRow: 'Zeile {{row}}: {{message}}',
  tableCaption: 'Zeilen der Datei mit ihrer Wirkung',
  row: 'Zeile',
  action: 'Wirkung',
  actions: { CREATE: 'neu', UPDATE: 'geändert', UNCHANGED: 'unverändert' },
  changed: '(geändert)',
  error: 'Fehler:',
  apply: 'Übernehmen',
  applying: 'Die Änderungen werden übernommen …',
  appliedTitle: 'Import übernommen',
  applied: '{{create}} angelegt, {{update}} geändert, {{unchanged}} unverändert. Alle Änderungen stehen im Änderungsverlauf.',
  appliedList: 'Angelegte und geänderte Einträge',
  again: 'Weitere Tabelle importieren',
  failed: 'Die Datei konnte nicht importiert werden.',
  back: 'Zur Übersicht',
};

type ImportTexts = typeof de;

const en: ImportTexts = {
  title: 'Import a spreadsheet',
  intro:
    'Upload a spreadsheet (Excel .xlsx or CSV in UTF-8) in the column layout of the export, for instance an edited export. Rows are matched by their code (action steps by their ID, else by measure and position); rows without a match are created. Indicator values (one row per value, as in the export of the indicators) name the indicator by ID or name and the year or date; values the file does not name are kept. You see a preview first; only what you confirm is applied – all rows or none.',
  typeLegend: 'What does the spreadsheet hold?',
  types: { measures: 'Measures', needs: 'Needs', steps: 'Action steps', 'indicator-values': 'Indicator values' },
  file: 'File',
  fileHint: 'Excel (.xlsx) or CSV (UTF-8, separated by commas or semicolons), at most 10 MB and 20,000 rows.',
  fileMissing: 'Please choose a file.',
  preview: 'Show preview',
  previewing: 'Checking the file …',
  previewTitle: 'Preview',
  counts: '{{create}} new, {{update}} changed, {{unchanged}} unchanged',
  problems_one: '{{count}} problem – please correct the file and upload it again.',
  problems_other: '{{count}} problems – please correct the file and upload it again.',
  noProblems: 'No problems found.',
  nothingToDo: 'The spreadsheet matches what the system holds; there is nothing to apply.',
  problemAt: 'Row {{row}}, {{column}}: {{message}}',
  problemAtRow: 'Row {{row}}: {{message}}',
  tableCaption: 'Rows of the file and what they do',
  row: 'Row',
  action: 'Effect',
  actions: { CREATE: 'new', UPDATE: 'changed', UNCHANGED: 'unchanged' },
  changed: '(changed)',
  error: 'Error:',
  apply: 'Apply',
  applying: 'Applying the changes …',
  appliedTitle: 'Import applied',
  applied: '{{create}} created, {{update}} changed, {{unchanged}} unchanged. Every change is in the history.',
  appliedList: 'Created and changed records',
  again: 'Import another spreadsheet',
  failed: 'The file could not be imported.',
  back: 'To the overview',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    imports: ImportTexts;
  }
}

registerTexts('imports', { de, en });
