import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { StatusBadge } from '@/components/ui/status-badge';
import { HistoryLink } from '@/features/history/components/history-link';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';

type Measure = Pick<Schemas['Measure'], 'id' | 'code' | 'title' | 'status' | 'leadActor' | 'partnerActors'>;

/** For each actor, the measures it leads and those it supports as a partner. */
export function rolesByActor(measures: Measure[]) {
  const roles = new Map<string, { leads: Measure[]; supports: Measure[] }>();
  const of = (id: string) => {
    const r = roles.get(id) ?? { leads: [], supports: [] };
    roles.set(id, r);
    return r;
  };
  for (const m of measures) {
    if (m.leadActor) of(m.leadActor.id).leads.push(m);
    for (const p of m.partnerActors) of(p.id).supports.push(m);
  }
  return roles;
}

/** Who is involved, with the measures each leads or supports. */
export function ActorList({ slug, actors, measures }: { slug: string; actors: Schemas['Actor'][]; measures: Measure[] }) {
  const { t } = useTranslation();
  const roles = rolesByActor(measures);
  const contentLang = useContentLang();
  return (
    <ul className="plain-list actor-list">
      {actors.map((actor) => {
        const r = roles.get(actor.id) ?? { leads: [], supports: [] };
        return (
          <li key={actor.id} id={`actor-${actor.id}`} className="actor">
            <p className="kern-preline">{t(`actorKind.${actor.kind}`)}</p>
            <h2 className="kern-heading-small">{actor.name}</h2>
            {actor.description ? (
              <p className="kern-body kern-body--small" lang={contentLang}>
                {actor.description}
              </p>
            ) : null}
            {actor.website || actor.email ? (
              <ul className="inline-list kern-body kern-body--small">
                {actor.website ? (
                  <li>
                    <a className="kern-link" href={actor.website} rel="noopener">
                      {t('actors.website')}
                      <span className="visually-hidden"> {actor.name}</span>
                    </a>
                  </li>
                ) : null}
                {actor.email ? (
                  <li>
                    <a className="kern-link" href={`mailto:${actor.email}`}>
                      {actor.email}
                    </a>
                  </li>
                ) : null}
              </ul>
            ) : null}
            <div className="actor__roles">
              <RoleList title={t('actors.leads', { count: r.leads.length })} slug={slug} measures={r.leads} />
              <RoleList title={t('actors.supports', { count: r.supports.length })} slug={slug} measures={r.supports} />
            </div>
            {r.leads.length + r.supports.length > 0 ? (
              <p className="kern-body kern-body--small">
                <AppLink to={paths.measures(slug, new URLSearchParams({ actor: actor.id }))}>
                  {t('actors.inList')}
                  <span className="visually-hidden">: {actor.name}</span>
                </AppLink>
              </p>
            ) : null}
            <HistoryLink to={paths.history.actor(actor.id)} label={actor.name} className="kern-link kern-body--small history-link" />
          </li>
        );
      })}
    </ul>
  );
}

function RoleList({ title, slug, measures }: { title: string; slug: string; measures: Measure[] }) {
  if (measures.length === 0) return null;
  return (
    <div>
      <h3 className="kern-body kern-body--bold">{title}</h3>
      <ul className="plain-list">
        {measures.map((m) => (
          <li key={m.id}>
            <AppLink to={paths.measure(slug, m.id)}>
              {m.code} {m.title}
            </AppLink>{' '}
            <StatusBadge status={m.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
