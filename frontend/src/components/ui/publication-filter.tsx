import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import './publish-texts';

type PublicationStatus = Schemas['PublicationStatus'];

/** The `?publicationStatus=` of the URL (for editors' draft filter), if it is a valid one; a change starts again at page 1. */
export function usePublicationFilter(): [PublicationStatus | undefined, (value: PublicationStatus | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('publicationStatus');
  const value = raw === 'DRAFT' || raw === 'PUBLISHED' ? raw : undefined;
  const set = (next: PublicationStatus | undefined) =>
    setParams(
      (p) => {
        if (next) p.set('publicationStatus', next);
        else p.delete('publicationStatus');
        p.delete('page');
        return p;
      },
      { replace: true },
    );
  return [value, set];
}

/** "All / drafts only / published only" for editors; kept in the query string so the view can be shared. */
export function PublicationFilter() {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [value, set] = usePublicationFilter();
  return (
    <div className="kern-form-input publication-filter no-print">
      <label className="kern-label" htmlFor={`${id}-publication`}>
        {t('publishUi.draftFilter')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={`${id}-publication`}
          className="kern-form-input__select"
          value={value ?? ''}
          onChange={(e) => set((e.target.value || undefined) as PublicationStatus | undefined)}
        >
          <option value="">{t('publishUi.allRecords')}</option>
          <option value="DRAFT">{t('publishUi.draftsOnly')}</option>
          <option value="PUBLISHED">{t('publishUi.publishedOnly')}</option>
        </select>
      </div>
    </div>
  );
}
