import { useTranslation } from 'react-i18next';
import { DateField, SelectField, TextareaField, TextField } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { PublicationStatusField, usePublicationOptions } from '@/components/ui/publish-button';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { showWithOptions } from '@/components/ui/show-options';
import { useActorSearch } from '@/features/actors/api/actor-search';
import { useMeasureSearch } from '@/features/measures/api/measure-search';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { usePresentationForm } from '../hooks/use-presentation-form';
import { valuesFromMeeting, type PresentationFormValues } from '../utils/presentation-form';
import { OparlMeetingPicker } from './oparl-meeting-picker';

type Presentation = Schemas['Presentation'];

const STATUSES: Schemas['PresentationStatus'][] = ['SCHEDULED', 'HELD', 'POSTPONED', 'CANCELLED'];

/** Creates (without `presentation`) or edits a committee date: committee, date, what is presented and its links. */
export function PresentationForm({
  slug,
  presentation,
  committees,
  editions,
  onSaved,
}: {
  slug: string;
  presentation?: Presentation;
  committees: Schemas['Committee'][];
  editions: Schemas['Edition'][];
  onSaved?: (p: Presentation, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const searchMeasures = useMeasureSearch(slug);
  const searchActors = useActorSearch(undefined);
  const { form, labels } = usePresentationForm(slug, presentation, onSaved);
  const committeeOptions = committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name }));
  const statusOptions = STATUSES.map((s) => ({ value: s, label: t(`presentationStatus.${s}`) }));
  const editionOptions = editions.map((e) => ({ value: e.id, label: e.label }));
  const show = showWithOptions<PresentationFormValues>({
    committeeId: committeeOptions,
    status: statusOptions,
    editionId: editionOptions,
    publicationStatus: usePublicationOptions(),
  });
  const urlHint = t('presentationForm.urlHint');
  const committee = committees.find((c) => c.id === form.values.committeeId);
  const takeMeeting = (meeting: Schemas['OparlMeeting'], agendaItem?: Schemas['OparlAgendaItem']) => {
    const filled = valuesFromMeeting(form.values, meeting, agendaItem);
    for (const field of Object.keys(filled) as (keyof PresentationFormValues)[]) {
      form.set(field, filled[field] as PresentationFormValues[typeof field]);
    }
  };
  return (
    <RecordFormFrame form={form} labels={labels} show={show} cancelTo={paths.presentations(slug)}>
      <SelectField
        form={form}
        name="committeeId"
        label={labels.committeeId}
        required
        emptyLabel={form.base ? undefined : ''}
        options={committeeOptions}
      />
      {committee?.oparlOrganizationUrl ? <OparlMeetingPicker key={committee.id} committee={committee} onPick={takeMeeting} /> : null}
      <div className="edit-form__row">
        <DateField form={form} name="date" label={labels.date} required />
        <TextField form={form} name="time" label={labels.time} hint={t('presentationForm.timeHint')} maxLength={5} />
        <SelectField form={form} name="status" label={labels.status} options={statusOptions} />
      </div>
      <TextField form={form} name="location" label={labels.location} maxLength={500} />
      <TextField form={form} name="title" label={labels.title} required maxLength={200} />
      <TextareaField form={form} name="description" label={labels.description} rows={4} />
      <SelectField
        form={form}
        name="editionId"
        label={labels.editionId}
        emptyLabel={t('presentationForm.noEdition')}
        options={editionOptions}
      />
      <PickerField
        form={form}
        name="measures"
        label={labels.measures}
        hint={t('presentationForm.measuresHint')}
        multiple
        search={searchMeasures}
      />
      <PickerField form={form} name="presenter" label={labels.presenter} hint={t('presentationForm.presenterHint')} search={searchActors} />
      <TextField form={form} name="meetingUrl" label={labels.meetingUrl} hint={urlHint} maxLength={2000} />
      <TextField form={form} name="agendaItemUrl" label={labels.agendaItemUrl} hint={urlHint} maxLength={2000} />
      <TextField form={form} name="paperUrl" label={labels.paperUrl} hint={urlHint} maxLength={2000} />
      <TextField form={form} name="oparlMeetingUrl" label={labels.oparlMeetingUrl} hint={t('presentationForm.oparlHint')} maxLength={2000} />
      <TextField form={form} name="oparlAgendaItemUrl" label={labels.oparlAgendaItemUrl} hint={urlHint} maxLength={2000} />
      <PublicationStatusField form={form} label={labels.publicationStatus} />
    </RecordFormFrame>
  );
}
