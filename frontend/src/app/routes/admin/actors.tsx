import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { Pagination } from '@/components/ui/pagination';
import { useSession } from '@/features/auth/hooks/use-session';
import { ACTOR_PAGE_SIZE, useActorList } from '@/features/admin/api/actors';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { paths } from '@/lib/paths';

/** The actors, searchable by text (`?q=`) and paged (`?page=`, 1-based). */
export default function ActorsAdminPage() {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const actors = useActorList(q, page - 1);
  const title = t('admin.sections.actors.title');
  const hrefOf = (p: number) => paths.admin(`actors?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`).replace(/\?$/, '');
  return (
    <AdminListPage
      title={title}
      intro={
        <>
          {session.isAdmin ? null : <p className="kern-body">{t('admin.editorActors')}</p>}
          <form
            className="admin-search"
            role="search"
            aria-label={t('admin.actors.search')}
            onSubmit={(e) => {
              e.preventDefault();
              const q = new FormData(e.currentTarget).get('q');
              const text = typeof q === 'string' ? q.trim() : '';
              setParams(text ? { q: text } : {});
            }}
          >
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${id}-q`}>
                {t('admin.actors.search')}
              </label>
              <input id={`${id}-q`} className="kern-form-input__input" type="search" name="q" defaultValue={q} />
            </div>
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t('admin.actors.searchButton')}</span>
            </button>
          </form>
        </>
      }
      newLabel={t('admin.actors.new')}
      newTo={paths.admin('actors/new')}
      query={actors}
      isEmpty={(p) => !p.items.length}
    >
      {(result) => (
        <>
          <p className="kern-body" role="status">
            {t('admin.actors.results', { count: result.totalItems })}
          </p>
          <AdminTable
            caption={title}
            rows={result.items}
            columns={[
              { header: t('admin.actors.fields.name'), rowHeader: true, cell: (a) => <AppLink to={paths.admin(`actors/${a.id}`)}>{a.name}</AppLink> },
              { header: t('admin.actors.fields.kind'), cell: (a) => t(`actorKind.${a.kind}`) },
              { header: t('admin.actors.fields.municipality'), cell: (a) => a.municipality },
            ]}
          />
          <Pagination page={page} totalPages={Math.ceil(result.totalItems / ACTOR_PAGE_SIZE)} hrefOf={hrefOf} />
        </>
      )}
    </AdminListPage>
  );
}
