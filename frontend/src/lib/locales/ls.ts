import type { de } from './de';

type Overlay<T> = { [K in keyof T]?: T[K] extends string ? string : Overlay<T[K]> };

/**
 * Texts of the interface in Leichte Sprache (plain-language German), loaded only when a reader chooses Leichte
 * Sprache (see easy-language.ts). An overlay of `de.ts`: every text not given here is shown in German as usual.
 * The rules: short sentences with one statement each, no abbreviations, the same word for the same thing, long words
 * split with a hyphen (Handlungs-Feld).
 */
export const ls: Overlay<typeof de> = {
  app: {
    name: 'Integriertes Handlungs-Konzept',
    tagline: 'Das plant die Stadt für Ihren Stadt-Teil.',
  },
  layout: {
    skipLink: 'Zum Text springen',
    areaNav: 'Fördergebiet',
    footerNav: 'Mehr Informationen',
    footerNote: 'Das Quartiers-Management schreibt die Texte auf dieser Seite. Das Quartiers-Management ist ein Team im Stadt-Teil.',
  },
  easyLanguage: {
    link: 'Leichte Sprache',
    back: 'Alltags-Sprache',
    heading: 'Das Wichtigste in Leichter Sprache',
    missing: 'Diese Seite gibt es noch nicht in Leichter Sprache.\nUnten steht der normale Text.',
  },
  nav: {
    overview: 'Über-Blick',
    measures: 'Maßnahmen',
    presentations: 'Termine im Rat',
    actors: 'Wer macht mit?',
    accessibility: 'Barriere-Freiheit',
    openData: 'Offene Daten',
    api: 'Schnitt-Stelle für Computer',
  },
  state: {
    loading: 'Die Seite lädt …',
    errorTitle: 'Das hat nicht geklappt.',
    errorText: 'Wir können die Seite gerade nicht zeigen. Bitte versuchen Sie es gleich noch einmal.',
    notFoundTitle: 'Diese Seite gibt es nicht.',
    pageNotFound: 'Diese Seite gibt es nicht.',
    retry: 'Noch einmal versuchen',
    toStart: 'Zur Start-Seite',
  },
  start: {
    title: 'Pläne für Stadt-Teile',
    intro: 'Die Stadt macht manche Stadt-Teile besser. Dafür gibt es einen Plan. Hier lesen Sie den Plan.',
    areas: 'Fördergebiete',
    listLabel: 'Fördergebiete',
  },
  area: {
    title: 'Fördergebiet',
    keyFigures: 'Zahlen',
    size: 'Größe',
    inhabitants: 'So viele Menschen wohnen hier',
    period: 'Zeit',
    budget: 'Geld',
    programme: 'Förder-Programm',
    profile: 'Über das Gebiet',
    moreProfile: 'Mehr über das Gebiet',
    actionFields: 'Handlungs-Felder: die Themen vom Plan',
    progress: 'So weit ist die Arbeit',
    meanProgress: 'So weit sind alle Maßnahmen zusammen',
    allMeasures: 'Alle Maßnahmen ansehen',
    nextDates: 'Die nächsten Termine im Rat',
    noUpcoming: 'Im Moment gibt es keinen Termin.',
    allDates: 'Alle Termine im Rat',
    stepsDue: 'Die nächsten Arbeits-Schritte',
    noStepsDue: 'In den nächsten 30 Tagen gibt es keinen Arbeits-Schritt.',
    edition: 'Der Plan als Dokument',
  },
  field: {
    title: 'Handlungs-Feld',
    goal: 'Das Ziel',
    needs: 'Was braucht der Stadt-Teil? Was macht die Stadt dafür?',
    measuresOfField: 'Alle Maßnahmen von diesem Handlungs-Feld',
  },
  need: {
    title: 'Bedarf',
    priority: 'Wie wichtig?',
    evidence: 'Woher wissen wir das?',
    uncovered: 'Noch ohne Maßnahme',
  },
  measures: {
    title: 'Maßnahmen',
  },
  measure: {
    title: 'Maßnahme',
    progress: 'So weit ist die Arbeit',
    facts: 'Das Wichtigste',
    period: 'Zeit',
    lead: 'Verantwortlich',
    partners: 'Das machen auch mit',
    targetGroups: 'Für wen?',
    actionFields: 'Handlungs-Felder',
    priority: 'Wie wichtig?',
    location: 'Wo?',
    budget: 'Geld',
    needs: 'Dafür ist die Maßnahme',
    steps: 'Arbeits-Schritte',
    presentations: 'Im Rat vorgestellt',
    links: 'Mehr Informationen',
  },
  presentations: {
    title: 'Termine im Rat',
    intro: 'Der Rat ist eine Gruppe von Politikern in der Stadt. Die Stadt stellt den Plan im Rat vor. Hier stehen die Termine.',
    upcoming: 'Die nächsten Termine',
    past: 'Frühere Termine',
  },
  actors: {
    title: 'Wer macht mit?',
    intro: 'Viele Gruppen machen im Stadt-Teil mit. Zum Beispiel Vereine, Schulen und die Stadt. Hier sehen Sie: Wer macht bei welcher Maßnahme mit?',
  },
  search: {
    fieldLabel: 'Such-Wort',
    fieldLabelArea: 'Im Fördergebiet suchen',
    placeholder: 'zum Beispiel Spiel-Platz',
  },
  measureStatus: {
    IDEA: 'Idee',
    PLANNED: 'Geplant',
    IN_PROGRESS: 'Die Arbeit läuft',
    COMPLETED: 'Fertig',
    ONGOING: 'Fertig und läuft weiter',
    DISCONTINUED: 'Gestoppt',
  },
  stepStatus: {
    OPEN: 'Noch offen',
    IN_PROGRESS: 'Die Arbeit läuft',
    DONE: 'Fertig',
    CANCELLED: 'Fällt weg',
  },
  presentationStatus: {
    SCHEDULED: 'Geplant',
    HELD: 'Hat stattgefunden',
    CANCELLED: 'Fällt aus',
    POSTPONED: 'Kommt später',
  },
  priority: {
    HIGH: 'sehr wichtig',
    MEDIUM: 'wichtig',
    LOW: 'weniger wichtig',
  },
  accessibility: {
    title: 'Barriere-Freiheit',
  },
};
