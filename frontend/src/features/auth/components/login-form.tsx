import { useId, useLayoutEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, FieldError, type SummaryError, useErrorSummaryFocus } from '@/components/ui/error-summary';
import { ApiError, type Schemas } from '@/lib/api-client';
import { useLogin } from '../api/auth';

/** User name and password. Used by the login page and by the "session expired" dialog of the editing forms. */
export function LoginForm({ onLoggedIn, username: fixedUsername }: { onLoggedIn?: (me: Schemas['Me']) => void; username?: string }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const login = useLogin();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useErrorSummaryFocus(summary);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!username.trim()) found.push({ field: 'username', message: t('login.usernameRequired') });
    if (!password) found.push({ field: 'password', message: t('login.passwordRequired') });
    setErrors(found);
    if (found.length) {
      focusSummary();
      return;
    }
    // mutateAsync, not mutate's callbacks: the login itself may replace this form (the page then knows the user),
    // and the caller must still hear of it, e.g. to go back to `?next=`.
    login.mutateAsync({ username: username.trim(), password }).then(
      (me) => {
        setPassword('');
        onLoggedIn?.(me);
      },
      () => undefined, // the summary shows the failure and takes the focus (below)
    );
  };

  const failure = login.error;
  useLayoutEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);
  const general =
    failure instanceof ApiError
      ? failure.status === 401
        ? t('login.wrong')
        : failure.status === 429
          ? t('login.locked')
          : failure.status === 403
            ? t('login.localLoginOff')
            : t('state.errorRequest', { status: failure.status })
      : failure
        ? t('state.errorText')
        : undefined;
  const err = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <form className="login-form" noValidate onSubmit={submit}>
      <ErrorSummary ref={summary} errors={errors} idPrefix={id} general={general} />
      <div className={`kern-form-input${err('username') ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-username`}>
          {t('login.username')}
        </label>
        <FieldError id={`${id}-username-error`} message={err('username')} />
        <input
          className={`kern-form-input__input${err('username') ? ' kern-form-input__input--error' : ''}`}
          id={`${id}-username`}
          name="username"
          autoComplete="username"
          required
          aria-invalid={err('username') ? true : undefined}
          aria-describedby={err('username') ? `${id}-username-error` : undefined}
          value={username}
          readOnly={fixedUsername !== undefined}
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className={`kern-form-input${err('password') ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-password`}>
          {t('login.password')}
        </label>
        <FieldError id={`${id}-password-error`} message={err('password')} />
        <input
          className={`kern-form-input__input${err('password') ? ' kern-form-input__input--error' : ''}`}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={err('password') ? true : undefined}
          aria-describedby={err('password') ? `${id}-password-error` : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--primary" disabled={login.isPending}>
        <span className="kern-label">{login.isPending ? t('login.pending') : t('login.submit')}</span>
      </button>
    </form>
  );
}
