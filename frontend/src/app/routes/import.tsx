import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { FieldError } from '@/components/ui/error-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useImport, type ImportPreview, type ImportType } from '@/features/imports/api/imports';
import { PreviewTable } from '@/features/imports/components/preview-table';
import '@/features/imports/texts';
import { canApply, cellId } from '@/features/imports/utils/preview';
import { ApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';

const TYPES: ImportType[] = ['measures', 'needs', 'steps', 'indicator-values'];

/** For the editors of an area: upload a spreadsheet, see what it would do, and apply it. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <EditGuard slug={slug} title={t('imports.title')}>
      {() => <ImportForm slug={slug} />}
    </EditGuard>
  );
}

function ImportForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ImportType>('measures');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [result, setResult] = useState<ImportPreview>();
  const upload = useImport(slug);
  const previewRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const showPreview = (e: SubmitEvent) => {
    e.preventDefault();
    setResult(undefined);
    if (!file) {
      setFileError(t('imports.fileMissing'));
      document.getElementById('import-file')?.focus();
      return;
    }
    setFileError(undefined);
    upload.mutate(
      { type, file, dryRun: true },
      {
        onSuccess: (p) => {
          setPreview(p);
          requestAnimationFrame(() => previewRef.current?.focus());
        },
        onError: () => setPreview(undefined),
      },
    );
  };

  const apply = () => {
    if (!file || !preview) return;
    upload.mutate(
      { type, file, dryRun: false },
      {
        onSuccess: (r) => {
          setResult(r);
          setPreview(undefined);
          requestAnimationFrame(() => resultRef.current?.focus());
        },
      },
    );
  };

  const failure = upload.error;
  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('imports.back')}</AppLink>
      </p>
      <PageHeading>{t('imports.title')}</PageHeading>
      <p className="kern-body prose">{t('imports.intro')}</p>

      {result ? <Applied slug={slug} result={result} ref={resultRef} /> : null}

      <form className="section import-form" onSubmit={showPreview} noValidate>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('imports.typeLegend')}</legend>
          <div className="kern-fieldset__body">
            {TYPES.map((value) => (
              <div className="kern-form-check" key={value}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`import-type-${value}`}
                  name="type"
                  value={value}
                  checked={type === value}
                  onChange={() => {
                    setType(value);
                    setPreview(undefined);
                  }}
                />
                <label className="kern-label" htmlFor={`import-type-${value}`}>
                  {t(`imports.types.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={`kern-form-input${fileError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="import-file">
            {t('imports.file')}
          </label>
          <div className="kern-hint" id="import-file-hint">
            {t('imports.fileHint')}
          </div>
          <FieldError id="import-file-error" message={fileError} />
          <input
            className="kern-form-input__input"
            type="file"
            id="import-file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(undefined);
            }}
          />
        </div>
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={upload.isPending}>
          <span className="kern-label">{t('imports.preview')}</span>
        </button>
        {upload.isPending ? (
          <p className="kern-body" role="status">
            {preview ? t('imports.applying') : t('imports.previewing')}
          </p>
        ) : null}
      </form>

      {failure ? <Failure error={failure} /> : null}

      {preview ? (
        <section className="section" aria-labelledby="import-preview-heading" ref={previewRef} tabIndex={-1}>
          <h2 id="import-preview-heading" className="kern-heading-medium">
            {t('imports.previewTitle')}
          </h2>
          <p className="kern-body" data-testid="import-counts">
            {t('imports.counts', preview.counts)}
          </p>
          {preview.problems.length ? (
            <div className="kern-alert kern-alert--danger" role="alert">
              <div className="kern-alert__header">
                <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                <span className="kern-title">{t('imports.problems', { count: preview.problems.length })}</span>
              </div>
              <div className="kern-alert__body">
                <ul className="kern-list">
                  {preview.problems.map((p, i) => {
                    const header = preview.columns.find((c) => c.key === p.column)?.header ?? p.column;
                    return (
                      <li key={i}>
                        <a className="kern-link" href={`#${cellId(p.row, p.column)}`}>
                          {p.column
                            ? t('imports.problemAt', { row: p.row, column: header, message: p.message })
                            : t('imports.problemAtRow', { row: p.row, message: p.message })}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </div>
          ) : (
            <p className="kern-body">{canApply(preview) ? t('imports.noProblems') : t('imports.nothingToDo')}</p>
          )}
          {canApply(preview) ? (
            <p>
              <button type="button" className="kern-btn kern-btn--primary" onClick={apply} disabled={upload.isPending}>
                <span className="kern-label">{t('imports.apply')}</span>
              </button>
            </p>
          ) : null}
          <PreviewTable preview={preview} />
        </section>
      ) : null}
    </>
  );
}

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('imports.failed')}</span>
      </div>
      <div className="kern-alert__body">
        {problem?.detail ? <p className="kern-body">{problem.detail}</p> : null}
        {problem?.errors?.length ? (
          <ul className="kern-list">
            {problem.errors.map((e, i) => (
              <li key={i}>
                {e.field}: {e.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

function Applied({ slug, result, ref }: { slug: string; result: ImportPreview; ref: React.Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const written = result.rows.filter((r) => r.action !== 'UNCHANGED' && r.id);
  const link = (r: ImportPreview['rows'][number]) =>
    result.type === 'MEASURES'
      ? paths.measure(slug, r.id!)
      : result.type === 'NEEDS'
        ? paths.need(slug, r.id!)
        : result.type === 'INDICATOR_VALUES'
          ? paths.indicator(slug, r.id!)
          : `${paths.measure(slug, r.measureId!)}#step-${r.id}`;
  return (
    <div ref={ref} className="kern-alert kern-alert--success" role="status" tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <h2 className="kern-title">{t('imports.appliedTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('imports.applied', result.counts)}</p>
        {written.length ? (
          <>
            <p className="kern-body">{t('imports.appliedList')}</p>
            <ul className="kern-list" data-testid="import-applied">
              {written.map((r) => (
                <li key={r.row}>
                  <AppLink to={link(r)}>{r.label}</AppLink> ({t(`imports.actions.${r.action}`)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
