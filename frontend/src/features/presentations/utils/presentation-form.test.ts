import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules } from '@/lib/record-form';
import { PRESENTATION_FORM_FIELDS, presentationRules, presentationToForm, presentationToInput, type PresentationFormField } from './presentation-form';

const presentation: Schemas['Presentation'] = {
  id: 'p1',
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  committee: { id: 'c1', name: 'Jugendhilfeausschuss', shortName: 'JHA' },
  date: '2026-06-15',
  time: '17:00',
  title: 'IHK 2026',
  description: null,
  edition: { id: 'e1', label: 'IHK 2026' },
  measures: [{ id: 'm1', code: 'BQ-01', title: 'Jugend stärken', status: 'PLANNED' }],
  presenter: { id: 'a1', name: 'Quartiersmanagement', kind: 'QUARTER_MANAGEMENT' },
  status: 'SCHEDULED',
  upcoming: true,
  meetingUrl: 'https://ris.example/meeting/1',
  agendaItemUrl: null,
  paperUrl: null,
  publicationStatus: 'PUBLISHED',
};
const labels = Object.fromEntries(PRESENTATION_FORM_FIELDS.map((f) => [f, f])) as Record<PresentationFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };
const rules = presentationRules({ time: 'time', url: 'url' });

describe('presentation form', () => {
  it('round-trips a presentation into PresentationInput', () => {
    expect(presentationToInput(presentationToForm(presentation))).toEqual({
      committeeId: 'c1',
      date: '2026-06-15',
      time: '17:00',
      title: 'IHK 2026',
      description: null,
      status: 'SCHEDULED',
      editionId: 'e1',
      measureIds: ['m1'],
      presenterActorId: 'a1',
      meetingUrl: 'https://ris.example/meeting/1',
      agendaItemUrl: null,
      paperUrl: null,
      publicationStatus: 'PUBLISHED',
    });
  });

  it('sends no edition and no presenter when none is chosen', () => {
    const values = { ...presentationToForm(presentation), editionId: '', presenter: [] };
    expect(presentationToInput(values)).toMatchObject({ editionId: null, presenterActorId: null });
  });

  it('checks the API rules: committee, date and title required, HH:mm, http(s) links', () => {
    expect(checkRules(presentationToForm(undefined), rules, labels, messages)).toEqual({
      committeeId: 'required:committeeId',
      date: 'required:date',
      title: 'required:title',
    });
    const bad = { ...presentationToForm(presentation), time: '24:00', paperUrl: 'ris.example/1', agendaItemUrl: 'https://a b' };
    expect(checkRules(bad, rules, labels, messages)).toEqual({ time: 'time', paperUrl: 'url', agendaItemUrl: 'url' });
  });
});
