import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastedValue } from '../utils/indicator-figures';
import { parseValueTable } from '../utils/indicator-figures';
import '../indicator-texts';

/**
 * Takes values from a table pasted from a spreadsheet (year or date, value, optionally the city's value; tab or
 * semicolon between columns) and hands the recognised ones to `onValues`; says how many it took and which lines not.
 */
export function PasteValues({ onValues }: { onValues: (values: PastedValue[]) => void }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [text, setText] = useState('');
  const [report, setReport] = useState('');
  const apply = () => {
    const { values, skipped } = parseValueTable(text);
    if (values.length) {
      onValues(values);
      setText('');
    }
    setReport(
      [
        values.length ? t('indicators.form.paste.applied', { count: values.length }) : t('indicators.form.paste.nothing'),
        skipped.length ? t('indicators.form.paste.skipped', { lines: skipped.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  return (
    <details className="paste-values">
      <summary className="kern-link">{t('indicators.form.paste.summary')}</summary>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-table`}>
          {t('indicators.form.paste.label')}
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          {t('indicators.form.paste.hint')}
        </div>
        <textarea
          id={`${id}-table`}
          className="kern-form-input__input"
          rows={5}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={apply} disabled={!text.trim()}>
        <span className="kern-label">{t('indicators.form.paste.apply')}</span>
      </button>
      <p className="kern-body kern-body--small" role="status">
        {report}
      </p>
    </details>
  );
}
