import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '@/components/ui/delete-button';
import { SessionExpiredDialog } from '@/components/ui/session-expired-dialog';
import { ApiError, type Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import { useSteps } from '../api/measures';
import { useStepMutations } from '../api/steps';
import '../measure-form-texts';
import { reorder, stepWithPosition } from '../utils/step-form';
import { StepForm } from './step-form';

type Step = Schemas['ActionStep'];
type Direction = 'up' | 'down';

/**
 * The action steps of a measure for editors: add, edit and delete them, and change their order with "up" and "down"
 * buttons (the focus stays on the moved step's button; the new place is announced).
 */
export function StepEditor({ slug, measureId, municipality }: { slug: string; measureId: string; municipality?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const steps = useSteps(slug, measureId);
  const { move, remove } = useStepMutations(slug, measureId);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  // The button to focus once the list shows a change: each request once, after the steps are fetched anew.
  const [focusAfter, setFocusAfter] = useState<{ id: string; direction: Direction | 'edit' | 'add' } | null>(null);
  const focused = useRef(focusAfter);
  const items = steps.data?.items ?? [];

  useEffect(() => {
    if (!focusAfter || focusAfter === focused.current || steps.isFetching) return;
    const own = document.getElementById(`step-${focusAfter.id}-${focusAfter.direction}`) as HTMLButtonElement | null;
    const target = own && !own.disabled ? own : document.getElementById(`step-${focusAfter.id}-edit`);
    target?.focus();
    focused.current = focusAfter;
  }, [focusAfter, steps.isFetching, steps.data]);

  const shift = (index: number, direction: Direction) => {
    const step = items[index]!;
    const moves = reorder(items, index, direction === 'up' ? -1 : 1).map(({ step: s, position }) => ({ step: s, input: stepWithPosition(s, position) }));
    setProblem(null);
    move.mutate(moves, {
      onSuccess: () => {
        const position = index + (direction === 'up' ? 0 : 2);
        setAnnouncement(t('measureForm.steps.moved', { title: step.title, position }));
        setFocusAfter({ id: step.id, direction });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) setRetry(() => () => shift(index, direction));
        else if (error instanceof ApiError && error.status === 412) setProblem(t('measureForm.steps.moveFailed'));
        else setProblem(error instanceof ApiError ? (error.problem?.detail ?? error.message) : t('state.errorText'));
      },
    });
  };

  const closeForm = (id: string, saved?: Step) => {
    setEditing(null);
    if (saved) setAnnouncement(t('form.saved'));
    setFocusAfter({ id: saved?.id ?? id, direction: id === 'new' ? 'add' : 'edit' });
  };

  return (
    <section className="section step-editor" aria-labelledby="step-editor-heading">
      <h2 id="step-editor-heading" className="kern-heading-medium">
        {t('measureForm.steps.title')}
      </h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {problem ? (
        <div className="kern-alert kern-alert--danger inline-dialog" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{problem}</p>
          </div>
        </div>
      ) : null}
      {retry ? (
        <SessionExpiredDialog
          onLoggedIn={() => {
            const again = retry;
            setRetry(null);
            again();
          }}
        />
      ) : null}
      {steps.isPending ? <p className="kern-body">{t('state.loading')}</p> : null}
      {steps.isSuccess && !items.length ? <p className="kern-body">{t('measureForm.steps.none')}</p> : null}
      <ol className="step-editor__list">
        {items.map((step, index) => (
          <li key={step.id} className="step-editor__item" aria-label={t('measureForm.steps.position', { position: index + 1 })}>
            {editing === step.id ? (
              <StepForm slug={slug} measureId={measureId} step={step} municipality={municipality} onDone={(saved) => closeForm(step.id, saved)} />
            ) : (
              <>
                <p className="kern-body step-editor__title">
                  <strong>{step.title}</strong> – {t(`stepStatus.${step.status}`)}
                  {step.dueDate ? `, ${t('measureForm.steps.due', { date: formatDate(step.dueDate, lang) })}` : ''}
                  {step.responsibleActor ? `, ${t('measureForm.steps.responsible', { name: step.responsibleActor.name })}` : ''}
                </p>
                <div className="form-actions">
                  <button id={`step-${step.id}-edit`} type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing(step.id)}>
                    <span className="kern-label">
                      {t('measureForm.steps.edit')}
                      <span className="visually-hidden"> „{step.title}“</span>
                    </span>
                  </button>
                  {(['up', 'down'] as const).map((direction) => (
                    <button
                      key={direction}
                      id={`step-${step.id}-${direction}`}
                      type="button"
                      className="kern-btn kern-btn--tertiary"
                      disabled={move.isPending || (direction === 'up' ? index === 0 : index === items.length - 1)}
                      onClick={() => shift(index, direction)}
                    >
                      <span className={direction === 'up' ? 'kern-icon kern-icon--arrow-up' : 'kern-icon kern-icon--arrow-down'} aria-hidden="true" />
                      <span className="kern-label">
                        {t(`measureForm.steps.${direction}`)}
                        <span className="visually-hidden"> „{step.title}“</span>
                      </span>
                    </button>
                  ))}
                  <DeleteButton
                    label={t('measureForm.steps.delete')}
                    context={`„${step.title}“`}
                    question={t('measureForm.steps.deleteQuestion', { title: step.title })}
                    onDelete={() => remove.mutateAsync(step)}
                    onDeleted={() => setFocusAfter({ id: 'new', direction: 'add' })}
                  />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        <StepForm
          slug={slug}
          measureId={measureId}
          newPosition={items.length ? Math.max(...items.map((s) => s.position)) + 1 : 0}
          municipality={municipality}
          onDone={(saved) => closeForm('new', saved)}
        />
      ) : (
        <button id="step-new-add" type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing('new')}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t('measureForm.steps.add')}</span>
        </button>
      )}
    </section>
  );
}
