import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { CopyButton } from '@/components/ui/copy-button';
import { PageHeading } from '@/components/ui/page-heading';
import { SelectField } from '@/components/ui/select-filter';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useArea } from '@/features/areas/api/area-edit';
import { EditGuard } from '@/features/auth/components/edit-guard';
import '@/features/embed/embed-builder.css';
import '@/features/embed/embed-texts';
import { useFrameHeight } from '@/features/embed/hooks/use-frame-height';
import { EMBED_KINDS, embedPath, embedSnippet, type EmbedKind } from '@/features/embed/utils/embed-code';
import { useTargetGroups } from '@/features/measures/api/measures';
import { DEFAULT_FILTERS, filtersToSearchParams, STATUSES, type MeasureStatus } from '@/features/measures/utils/filters';
import { usePresentations } from '@/features/presentations/api/presentations';
import { committeesOf } from '@/features/presentations/components/presentation-list';
import { LANGS, paths, type Lang } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** For the editors of an area: builds the code that embeds its measures, map or committee dates in another site. */
export default function EmbedBuilderPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  // the area's name goes into the frame's title
  const area = useArea(slug);
  return (
    <EditGuard slug={slug} title={t('embed.title')} queries={[area]}>
      {() => <EmbedBuilder slug={slug} />}
    </EditGuard>
  );
}

function EmbedBuilder({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const area = useArea(slug);
  const fields = useActionFields(slug);
  const groups = useTargetGroups();
  const presentations = usePresentations(slug, 'PUBLISHED');
  const [kind, setKind] = useState<EmbedKind>('committee-dates');
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [committee, setCommittee] = useState<string>();
  const [actionField, setActionField] = useState<string>();
  const [status, setStatus] = useState<MeasureStatus>();
  const [targetGroup, setTargetGroup] = useState<string>();
  const preview = useRef<HTMLIFrameElement>(null);
  useFrameHeight(preview);

  const query =
    kind === 'committee-dates'
      ? new URLSearchParams(committee ? { committee } : {})
      : filtersToSearchParams({ ...DEFAULT_FILTERS, actionField, status: status ? [status] : [], targetGroup });
  const path = embedPath(slug, kind, embedLang, query);
  const title = t('embed.frameTitle', { what: t(`embed.kinds.${kind}`, { lng: embedLang }), area: area.data?.name ?? slug });
  const code = embedSnippet(window.location.origin, path, title);

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{area.data?.name ?? slug}</AppLink>
      </p>
      <PageHeading>{t('embed.title')}</PageHeading>
      <p className="kern-body prose">{t('embed.intro')}</p>
      <p className="kern-body kern-body--small prose">{t('embed.setup')}</p>

      <form className="section embed-form" aria-label={t('embed.form')} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('embed.kind')}</legend>
          <div className="kern-fieldset__body">
            {EMBED_KINDS.map((value) => (
              <div className="kern-form-check" key={value}>
                <input className="kern-form-check__radio" type="radio" id={`embed-kind-${value}`} name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
                <label className="kern-label" htmlFor={`embed-kind-${value}`}>
                  {t(`embed.kinds.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('embed.language')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {LANGS.map((value) => (
              <div className="kern-form-check" key={value}>
                <input className="kern-form-check__radio" type="radio" id={`embed-lang-${value}`} name="lang" value={value} checked={embedLang === value} onChange={() => setEmbedLang(value)} />
                <label className="kern-label" htmlFor={`embed-lang-${value}`}>
                  {t(`embed.languages.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {kind === 'committee-dates' ? (
          <SelectField
            id="embed-committee"
            name="committee"
            label={t('embed.committee')}
            value={committee}
            onChange={setCommittee}
            anyLabel={t('embed.allCommittees')}
            options={committeesOf(presentations.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name}${c.shortName ? ` (${c.shortName})` : ''}` }))}
          />
        ) : (
          <>
            <SelectField
              id="embed-action-field"
              name="actionField"
              label={t('embed.actionField')}
              value={actionField}
              onChange={setActionField}
              anyLabel={t('embed.any')}
              options={(fields.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` }))}
            />
            <SelectField
              id="embed-status"
              name="status"
              label={t('embed.status')}
              value={status}
              onChange={(v) => setStatus(STATUSES.find((s) => s === v))}
              anyLabel={t('embed.anyStatus')}
              options={STATUSES.map((s) => ({ value: s, label: t(`measureStatus.${s}`) }))}
            />
            <SelectField
              id="embed-target-group"
              name="targetGroup"
              label={t('embed.targetGroup')}
              value={targetGroup}
              onChange={setTargetGroup}
              anyLabel={t('embed.any')}
              options={(groups.data?.items ?? []).map((g) => ({ value: g.code, label: lang === 'en' ? g.labelEn : g.labelDe }))}
            />
          </>
        )}
      </form>

      <section className="section" aria-labelledby="embed-code-heading">
        <h2 id="embed-code-heading" className="kern-heading-medium">
          {t('embed.code')}
        </h2>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="embed-code">
            {t('embed.codeLabel')}
          </label>
          <div className="kern-hint" id="embed-code-hint">
            {t('embed.codeHint')}
          </div>
          <textarea id="embed-code" className="kern-form-input__input embed-code" aria-describedby="embed-code-hint" readOnly rows={6} value={code} />
        </div>
        <CopyButton text={code} label={t('embed.copy')} copied={t('embed.copied')} failed={t('embed.copyFailed')} />
      </section>

      <section className="section" aria-labelledby="embed-preview-heading">
        <h2 id="embed-preview-heading" className="kern-heading-medium">
          {t('embed.preview')}
        </h2>
        <iframe ref={preview} key={path} src={path} title={title} className="embed-preview" />
      </section>
    </>
  );
}
