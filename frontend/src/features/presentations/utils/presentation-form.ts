import { actorOption } from '@/features/actors/api/actor-search';
import { measureOption } from '@/features/measures/api/measure-search';
import type { Schemas } from '@/lib/api-client';
import { fromNullable, pickedIds, toNullable, type FieldRules, type PickerOption } from '@/lib/record-form';

type Presentation = Schemas['Presentation'];

export type PresentationFormValues = {
  committeeId: string;
  date: string;
  time: string;
  title: string;
  description: string;
  status: Schemas['PresentationStatus'];
  editionId: string;
  measures: PickerOption[];
  presenter: PickerOption[];
  meetingUrl: string;
  agendaItemUrl: string;
  paperUrl: string;
  location: string;
  oparlMeetingUrl: string;
  oparlAgendaItemUrl: string;
  publicationStatus: Schemas['PublicationStatus'];
};

export type PresentationFormField = keyof PresentationFormValues;

export const PRESENTATION_FORM_FIELDS: readonly PresentationFormField[] = [
  'committeeId',
  'date',
  'time',
  'title',
  'description',
  'status',
  'editionId',
  'measures',
  'presenter',
  'meetingUrl',
  'agendaItemUrl',
  'paperUrl',
  'location',
  'oparlMeetingUrl',
  'oparlAgendaItemUrl',
  'publicationStatus',
];


export function presentationToForm(p: Presentation | undefined): PresentationFormValues {
  return {
    committeeId: p?.committee.id ?? '',
    date: p?.date ?? '',
    time: fromNullable(p?.time),
    title: p?.title ?? '',
    description: fromNullable(p?.description),
    status: p?.status ?? 'SCHEDULED',
    editionId: p?.edition?.id ?? '',
    measures: p?.measures.map(measureOption) ?? [],
    presenter: p?.presenter ? [actorOption(p.presenter)] : [],
    meetingUrl: fromNullable(p?.meetingUrl),
    agendaItemUrl: fromNullable(p?.agendaItemUrl),
    paperUrl: fromNullable(p?.paperUrl),
    location: fromNullable(p?.location),
    oparlMeetingUrl: fromNullable(p?.oparlMeetingUrl),
    oparlAgendaItemUrl: fromNullable(p?.oparlAgendaItemUrl),
    publicationStatus: p?.publicationStatus ?? 'DRAFT',
  };
}

export function presentationToInput(values: PresentationFormValues): Schemas['PresentationInput'] {
  return {
    committeeId: values.committeeId,
    date: values.date,
    time: toNullable(values.time),
    title: values.title.trim(),
    description: toNullable(values.description),
    status: values.status,
    editionId: toNullable(values.editionId),
    measureIds: pickedIds(values.measures),
    presenterActorId: pickedIds(values.presenter)[0] ?? null,
    meetingUrl: toNullable(values.meetingUrl),
    agendaItemUrl: toNullable(values.agendaItemUrl),
    paperUrl: toNullable(values.paperUrl),
    location: toNullable(values.location),
    oparlMeetingUrl: toNullable(values.oparlMeetingUrl),
    oparlAgendaItemUrl: toNullable(values.oparlAgendaItemUrl),
    publicationStatus: values.publicationStatus,
  };
}

/** The API's rules for PresentationInput (openapi.yaml), per field. */
export function presentationRules(messages: { time: string; url: string }): FieldRules<PresentationFormValues> {
  const url = { maxLength: 2000, pattern: { regex: /^https?:\/\/\S+$/, message: messages.url } };
  return {
    committeeId: { required: true },
    date: { required: true },
    time: { pattern: { regex: /^([01]\d|2[0-3]):[0-5]\d$/, message: messages.time } },
    title: { required: true, maxLength: 200 },
    description: { maxLength: 20000 },
    meetingUrl: url,
    agendaItemUrl: url,
    paperUrl: url,
    location: { maxLength: 500 },
    oparlMeetingUrl: url,
    oparlAgendaItemUrl: url,
  };
}

/**
 * The form values a meeting of the council information system fills in: date, time, location, the OParl ids of the
 * meeting and agenda item, their web pages, and a title when there is none yet (the agenda item's name, else the
 * meeting's). Without an agenda item, the agenda item links are cleared.
 */
export function valuesFromMeeting(
  values: PresentationFormValues,
  meeting: Schemas['OparlMeeting'],
  agendaItem?: Schemas['OparlAgendaItem'],
): Partial<PresentationFormValues> {
  const title = values.title.trim() ? values.title : (agendaItem?.name ?? meeting.name ?? '').slice(0, 200);
  return {
    ...(meeting.date ? { date: meeting.date } : {}),
    time: fromNullable(meeting.time),
    location: fromNullable(meeting.location),
    title,
    oparlMeetingUrl: meeting.id,
    oparlAgendaItemUrl: agendaItem?.id ?? '',
    meetingUrl: fromNullable(meeting.web),
    agendaItemUrl: fromNullable(agendaItem?.web),
    ...(meeting.cancelled ? { status: 'CANCELLED' as const } : {}),
  };
}
