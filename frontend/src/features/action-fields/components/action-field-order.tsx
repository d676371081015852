import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { AppLink } from '@/components/ui/app-link';
import { DraftBadge } from '@/components/ui/status-badge';
import { ApiError, type Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';
import '../action-field-form-texts';
import { useActionFieldDefinition } from '../hooks/use-action-field-form';
import { moveField } from '../utils/action-field-form';

type ActionField = Schemas['ActionField'];

/**
 * The action fields of an area with "up" and "down" buttons. A move numbers the fields 0, 1, 2, … and saves each
 * changed position with a PUT of the whole field (the API has no separate ordering call). Focus stays on the moved
 * field's button, and a live region says where it is now.
 */
export function ActionFieldOrder({ slug, fields }: { slug: string; fields: ActionField[] }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const queryClient = useQueryClient();
  const definition = useActionFieldDefinition(slug);
  const [order, setOrder] = useState(fields);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const move = async (index: number, delta: -1 | 1) => {
    const { order: next, changes } = moveField(order, index, delta);
    if (!changes.length) return;
    const moved = order[index]!;
    setPending(true);
    setError('');
    setMessage('');
    const saved = new Map<string, ActionField>();
    try {
      for (const { field, position } of changes) {
        const input = { ...definition.toInput(definition.toValues(field), field), position };
        saved.set(field.id, await definition.save(input, field));
      }
      setOrder(next.map((f) => saved.get(f.id) ?? f));
      setMessage(t('actionFieldForm.moved', { title: moved.title, position: index + delta + 1, count: order.length }));
    } catch (e) {
      const reason = e instanceof ApiError ? (e.problem?.detail ?? e.message) : t('state.errorText');
      setError(t('actionFieldForm.moveFailed', { reason }));
      const key = ['areas', slug, 'action-fields'];
      await queryClient.refetchQueries({ queryKey: key, exact: true });
      const fresh = queryClient.getQueryData<Schemas['ActionFieldPage']>(key);
      if (fresh) setOrder(fresh.items);
    } finally {
      setPending(false);
      requestAnimationFrame(() => {
        const target = index + delta;
        const edge = target === 0 ? 'down' : target === order.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
        buttons.current.get(`${moved.id}-${edge}`)?.focus();
      });
    }
  };

  if (!order.length) return <p className="kern-body">{t('actionFieldForm.empty')}</p>;
  return (
    <>
      <p role="status" className="kern-body">
        {message}
      </p>
      {error ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{error}</p>
          </div>
        </div>
      ) : null}
      <ol className="field-order" aria-busy={pending}>
        {order.map((f, i) => (
          <li key={f.id} className="field-order__item">
            <span className="field-order__name">
              <DraftBadge status={f.publicationStatus} />
              <span className="kern-body kern-body--bold">{f.code}</span>{' '}
              <AppLink to={paths.actionField(slug, f.id)}>
                <span lang={contentLang}>{f.title}</span>
              </AppLink>
            </span>
            <span className="field-order__buttons">
              <button
                type="button"
                ref={(el) => void buttons.current.set(`${f.id}-up`, el)}
                className="kern-btn kern-btn--tertiary kern-btn--x-small"
                disabled={pending || i === 0}
                aria-label={t('actionFieldForm.moveUp', { title: f.title })}
                onClick={() => void move(i, -1)}
              >
                <span className="kern-label">{t('actionFieldForm.up')}</span>
              </button>
              <button
                type="button"
                ref={(el) => void buttons.current.set(`${f.id}-down`, el)}
                className="kern-btn kern-btn--tertiary kern-btn--x-small"
                disabled={pending || i === order.length - 1}
                aria-label={t('actionFieldForm.moveDown', { title: f.title })}
                onClick={() => void move(i, 1)}
              >
                <span className="kern-label">{t('actionFieldForm.down')}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
