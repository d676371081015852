import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';

type MeasureStatus = Schemas['MeasureStatus'];

const variant: Record<MeasureStatus, string> = {
  IDEA: '',
  PLANNED: 'kern-badge--info',
  IN_PROGRESS: 'kern-badge--warning',
  COMPLETED: 'kern-badge--success',
  ONGOING: 'kern-badge--success',
  DISCONTINUED: 'kern-badge--danger',
};

/** The status of a measure as a badge with its translated label. */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge ${variant[status]} status-badge status-badge--${status.toLowerCase()}`}>
      <span className="kern-label kern-label--small">{t(`measureStatus.${status}`)}</span>
    </span>
  );
}

/** Marks a draft (not published) record; shows nothing for published ones. */
export function DraftBadge({ status }: { status: Schemas['PublicationStatus'] | undefined }) {
  const { t } = useTranslation();
  if (status !== 'DRAFT') return null;
  return (
    <span className="kern-badge kern-badge--warning draft-badge">
      <span className="kern-label kern-label--small">{t('publicationStatus.DRAFT')}</span>
    </span>
  );
}
