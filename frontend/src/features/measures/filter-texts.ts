import { registerTexts } from '@/lib/lazy-texts';

const de = {
  show: 'Filter einblenden',
  hide: 'Filter ausblenden',
  activeCount_one: '{{count}} aktiv',
  activeCount_other: '{{count}} aktiv',
  active: 'Aktive Filter',
  remove: 'Filter entfernen',
  text: 'Suche: {{q}}',
  from: 'ab {{date}}',
  to: 'bis {{date}}',
  viewMap: 'Karte',
  mapLabel: 'Karte der gefilterten Maßnahmen',
};

type MeasureFilterTexts = typeof de;

const en: MeasureFilterTexts = {
  show: 'Show filters',
  hide: 'Hide filters',
  activeCount_one: '{{count}} active',
  activeCount_other: '{{count}} active',
  active: 'Active filters',
  remove: 'remove filter',
  text: 'Search: {{q}}',
  from: 'from {{date}}',
  to: 'until {{date}}',
  viewMap: 'Map',
  mapLabel: 'Map of the filtered measures',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    measureFilters: MeasureFilterTexts;
  }
}

registerTexts('measureFilters', { de, en });
