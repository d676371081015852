import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import '../admin-texts';
import { useBackToList } from '../hooks/use-back-to-list';
import { BackToList } from './back-to-list';

export interface RecordDeletion<R> {
  label: string;
  question: (record: R) => string;
  remove: (record: R) => Promise<unknown>;
}

/**
 * The page of one record's form under /admin/<list>: a link back to the list, the heading, the form once the
 * record is loaded (the form of a new record right away when `id` is undefined), and the delete button. Creating
 * and deleting lead back to the list, which says what happened.
 */
export function AdminRecordPage<R>({
  title,
  list,
  id,
  query,
  name,
  deletion,
  actions,
  onUpdated,
  form,
}: {
  title: string;
  /** The list's path under /admin, e.g. `committees`. */
  list: string;
  id: string | undefined;
  query: UseQueryResult<R>;
  /** How the record is named in notices. */
  name: (record: R) => string;
  deletion?: RecordDeletion<R>;
  /** Further actions on the loaded record, shown between the form and the delete button. */
  actions?: (record: R) => ReactNode;
  /** After a change was saved (e.g. to follow a changed key in the URL). */
  onUpdated?: (saved: R) => void;
  form: (record: R | undefined, onSaved: (saved: R, created: boolean) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const back = useBackToList();
  const onSaved = (saved: R, created: boolean) => {
    if (created) back(list, t('admin.created', { name: name(saved) }));
    else onUpdated?.(saved);
  };
  const body = () => {
    if (!id) return form(undefined, onSaved);
    if (query.isPending) {
      return (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={8} />
        </div>
      );
    }
    // A failed refetch (e.g. of a key just changed) keeps the form with what it has.
    if (query.data === undefined) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    const record = query.data;
    return (
      <>
        {form(record, onSaved)}
        {actions?.(record)}
        {deletion ? (
          <DeleteButton
            label={deletion.label}
            question={deletion.question(record)}
            onDelete={() => deletion.remove(record)}
            onDeleted={() => back(list, t('admin.deleted', { name: name(record) }))}
          />
        ) : null}
      </>
    );
  };
  return (
    <>
      <BackToList list={list} />
      <PageHeading>{title}</PageHeading>
      {body()}
    </>
  );
}
