import { registerTexts } from '@/lib/lazy-texts';

const de = {
  phone: 'Telefon',
  email: 'E-Mail',
  notSet: 'Die Angaben zur Anbieterin dieser Website sind noch nicht hinterlegt.',
};

type SiteTexts = typeof de;

const en: SiteTexts = {
  phone: 'Telephone',
  email: 'E-mail',
  notSet: 'The details of the provider of this website have not been entered yet.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    site: SiteTexts;
  }
}

registerTexts('site', { de, en });
