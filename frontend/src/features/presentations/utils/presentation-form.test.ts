import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules } from '@/lib/record-form';
import {
  PRESENTATION_FORM_FIELDS,
  presentationRules,
  presentationToForm,
  presentationToInput,
  valuesFromMeeting,
  type PresentationFormField,
} from './presentation-form';

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
  location: 'Stadthaus 1',
  oparlMeetingUrl: 'https://ris.example/oparl/meeting/1',
  oparlAgendaItemUrl: null,
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
      location: 'Stadthaus 1',
      oparlMeetingUrl: 'https://ris.example/oparl/meeting/1',
      oparlAgendaItemUrl: null,
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

  describe('taking a meeting of the council information system', () => {
    const meeting: Schemas['OparlMeeting'] = {
      id: 'https://ris.example/oparl/meeting/290',
      name: '13. Sitzung',
      date: '2025-06-12',
      time: '17:00',
      endDate: '2025-06-12',
      endTime: '19:00',
      location: 'Rathaus, Sitzungssaal 1',
      cancelled: false,
      meetingState: 'eingeladen',
      web: 'https://ris.example/sitzung/290',
      agendaItems: [{ id: 'https://ris.example/oparl/agendaitem/3271', number: '5', name: 'ISEK Innenstadt', web: null }],
    };

    it('fills date, time, location, links and an empty title from the meeting and agenda item', () => {
      const values = presentationToForm(undefined);
      expect(valuesFromMeeting(values, meeting, meeting.agendaItems[0])).toEqual({
        date: '2025-06-12',
        time: '17:00',
        location: 'Rathaus, Sitzungssaal 1',
        title: 'ISEK Innenstadt',
        oparlMeetingUrl: 'https://ris.example/oparl/meeting/290',
        oparlAgendaItemUrl: 'https://ris.example/oparl/agendaitem/3271',
        meetingUrl: 'https://ris.example/sitzung/290',
        agendaItemUrl: '',
      });
    });

    it('keeps a title already given, clears an agenda item of another meeting and takes over a cancellation', () => {
      const values = { ...presentationToForm(presentation), oparlAgendaItemUrl: 'https://ris.example/oparl/agendaitem/1' };
      const filled = valuesFromMeeting(values, { ...meeting, time: null, cancelled: true });
      expect(filled).toMatchObject({ title: 'IHK 2026', time: '', oparlAgendaItemUrl: '', agendaItemUrl: '', status: 'CANCELLED' });
    });
  });
});
