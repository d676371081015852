import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import { fetchPresentationNow, useSavePresentation } from '../api/presentations';
import '../presentation-form-texts';
import {
  PRESENTATION_FORM_FIELDS,
  presentationRules,
  presentationToForm,
  presentationToInput,
  type PresentationFormField,
  type PresentationFormValues,
} from '../utils/presentation-form';

type Presentation = Schemas['Presentation'];

const LABEL_KEYS = {
  committeeId: 'presentationForm.committee',
  date: 'presentationForm.date',
  time: 'presentationForm.time',
  title: 'presentationForm.titleField',
  description: 'presentationForm.description',
  status: 'presentationForm.status',
  editionId: 'presentationForm.edition',
  measures: 'presentationForm.measures',
  presenter: 'presentationForm.presenter',
  meetingUrl: 'presentationForm.meetingUrl',
  agendaItemUrl: 'presentationForm.agendaItemUrl',
  paperUrl: 'presentationForm.paperUrl',
  location: 'presentationForm.location',
  oparlMeetingUrl: 'presentationForm.oparlMeetingUrl',
  oparlAgendaItemUrl: 'presentationForm.oparlAgendaItemUrl',
  publicationStatus: 'presentationForm.publicationStatus',
} as const satisfies Record<PresentationFormField, string>;

/** How committee dates of area `slug` are shown in a form and saved. */
export function usePresentationDefinition(slug: string, onSaved?: (p: Presentation, created: boolean) => void) {
  const { t } = useTranslation();
  const save = useSavePresentation(slug);
  const labels = Object.fromEntries(PRESENTATION_FORM_FIELDS.map((f) => [f, t(LABEL_KEYS[f])])) as Record<PresentationFormField, string>;
  const definition: RecordFormDefinition<Presentation, PresentationFormValues, Schemas['PresentationInput']> = {
    fields: PRESENTATION_FORM_FIELDS,
    labels,
    toValues: presentationToForm,
    rules: presentationRules({ time: t('presentationForm.timePattern'), url: t('presentationForm.urlPattern') }),
    toInput: presentationToInput,
    save: (input, base) => save.mutateAsync({ input, base }),
    fetchCurrent: (base) => fetchPresentationNow(slug, base.id),
    apiFields: { measureIds: 'measures', presenterActorId: 'presenter' },
    onSaved,
  };
  return definition;
}

export function usePresentationForm(slug: string, presentation: Presentation | undefined, onSaved?: (p: Presentation, created: boolean) => void) {
  const definition = usePresentationDefinition(slug, onSaved);
  return { form: useRecordForm(definition, presentation), labels: definition.labels };
}
