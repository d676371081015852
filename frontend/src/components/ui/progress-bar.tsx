import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/use-lang';

/** Progress in percent as a labelled KERN progress bar. */
export function ProgressBar({ value, label }: { value: number; label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const text = `${formatNumber(value, lang, 0)} %`;
  return (
    <div className="kern-progress progress-bar">
      <label htmlFor={id} className="kern-label kern-label--small">
        {label ?? t('measure.progress')}: {text}
      </label>
      <progress id={id} max={100} value={value}>
        {text}
      </progress>
    </div>
  );
}
