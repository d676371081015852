import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Arbeitsansicht',
  intro: 'Was im Fördergebiet Aufmerksamkeit braucht. Abgeschlossene und eingestellte Maßnahmen sind nicht berücksichtigt.',
  onlyEditors: 'Die Arbeitsansicht ist für die Redaktion dieses Fördergebiets und die Administration.',
  loginFirst: 'Bitte melden Sie sich an.',
  uncoveredNeeds: 'Bedarfe ohne Maßnahme',
  uncoveredNeedsNone: 'Auf jeden Bedarf antwortet mindestens eine Maßnahme.',
  withoutSteps: 'Maßnahmen ohne Handlungsschritte',
  withoutStepsNone: 'Jede laufende Maßnahme hat Handlungsschritte.',
  overdueSteps: 'Maßnahmen mit überfälligen Schritten',
  overdueStepsNone: 'Kein Handlungsschritt ist überfällig.',
  notUpdated: 'Seit sechs Monaten nicht aktualisiert',
  notUpdatedNone: 'Jede laufende Maßnahme wurde in den letzten sechs Monaten bearbeitet.',
  upcoming: 'Anstehende Ausschusstermine',
  upcomingNone: 'Es ist kein Ausschusstermin angesetzt.',
  count_other: '{{count}} Einträge',
  count_one: '{{count}} Eintrag',
  moreThanShown: '{{shown}} von {{count}} angezeigt.',
  edit: 'Bearbeiten',
  editOf: '„{{title}}“ bearbeiten',
  lastChange: 'Zuletzt geändert am {{date}}',
  dueOn: 'fällig am {{date}}',
};

type WorkViewTexts = typeof de;

const en: WorkViewTexts = {
  title: 'Work view',
  intro: 'What needs attention in the area. Completed and discontinued measures are left out.',
  onlyEditors: 'The work view is for the editors of this area and for admins.',
  loginFirst: 'Please log in.',
  uncoveredNeeds: 'Needs without a measure',
  uncoveredNeedsNone: 'Every need is answered by at least one measure.',
  withoutSteps: 'Measures without action steps',
  withoutStepsNone: 'Every running measure has action steps.',
  overdueSteps: 'Measures with overdue steps',
  overdueStepsNone: 'No action step is overdue.',
  notUpdated: 'Not updated for six months',
  notUpdatedNone: 'Every running measure was edited within the last six months.',
  upcoming: 'Upcoming committee dates',
  upcomingNone: 'No committee date is scheduled.',
  count_other: '{{count}} items',
  count_one: '{{count}} item',
  moreThanShown: '{{shown}} of {{count}} shown.',
  edit: 'Edit',
  editOf: 'Edit “{{title}}”',
  lastChange: 'Last changed on {{date}}',
  dueOn: 'due on {{date}}',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    workView: WorkViewTexts;
  }
}

registerTexts('workView', { de, en });
