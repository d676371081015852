import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, FieldError, type SummaryError, useErrorSummaryFocus } from '@/components/ui/error-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { api, ApiError, fieldErrors, unwrap } from '@/lib/api-client';
import { registerTexts } from '@/lib/lazy-texts';
import { paths, withLang } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

const de = {
  title: 'Erste Administration einrichten',
  intro: 'Dieser Link wurde beim ersten Start in das Protokoll geschrieben. Wählen Sie Benutzernamen und Passwort des ersten Kontos der Administration; danach gilt der Link nicht mehr.',
  noToken: 'Dieser Seite fehlt der Schlüssel des Einrichtungslinks. Öffnen Sie den vollständigen Link aus dem Protokoll.',
  username: 'Benutzername',
  usernameHint: 'Buchstaben, Ziffern und . _ @ -',
  password: 'Passwort',
  passwordHint: '12 bis 72 Zeichen.',
  repeat: 'Passwort wiederholen',
  usernameRequired: 'Bitte geben Sie einen Benutzernamen ein.',
  passwordLength: 'Das Passwort hat mindestens 12 Zeichen.',
  mismatch: 'Die beiden Passwörter stimmen nicht überein.',
  submit: 'Konto anlegen',
  pending: 'Wird angelegt …',
  unknownLink: 'Der Einrichtungslink ist unbekannt, schon benutzt oder abgelaufen. Ein Neustart der Anwendung schreibt einen neuen in das Protokoll, solange es keine Administration gibt.',
  done: 'Das Konto „{{name}}“ ist angelegt.',
  toLogin: 'Zur Anmeldung',
};
type SetupTexts = typeof de;
const en: SetupTexts = {
  title: 'Set up the first administrator',
  intro: 'This link was written to the log at the first start. Choose the user name and password of the first administrator account; the link then stops working.',
  noToken: 'This page is missing the key of the setup link. Open the complete link from the log.',
  username: 'User name',
  usernameHint: 'Letters, digits and . _ @ -',
  password: 'Password',
  passwordHint: '12 to 72 characters.',
  repeat: 'Repeat the password',
  usernameRequired: 'Please enter a user name.',
  passwordLength: 'The password has at least 12 characters.',
  mismatch: 'The two passwords differ.',
  submit: 'Create account',
  pending: 'Creating …',
  unknownLink: 'The setup link is unknown, used or expired. Restarting the application writes a new one to the log as long as there is no administrator.',
  done: 'The account “{{name}}” was created.',
  toLogin: 'Log in',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    setup: SetupTexts;
  }
}

registerTexts('setup', { de, en });

/** The secret after `#token=`: in the fragment, so that it never reaches a server's or proxy's access log. */
function tokenFromHash(): string | null {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
}

/** /setup#token=…: the first administrator, chosen through the one-time link a start without ADMIN_PASSWORD logs. */
export default function SetupPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId().replace(/:/g, '');
  const [token] = useState(tokenFromHash);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [general, setGeneral] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useErrorSummaryFocus(summary);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!username.trim()) found.push({ field: 'username', message: t('setup.usernameRequired') });
    if (password.length < 12) found.push({ field: 'password', message: t('setup.passwordLength') });
    else if (password !== repeat) found.push({ field: 'repeat', message: t('setup.mismatch') });
    setErrors(found);
    setGeneral(undefined);
    if (found.length || !token) {
      focusSummary();
      return;
    }
    setPending(true);
    try {
      const account = unwrap(await api.POST('/api/v1/auth/setup', { body: { token, username: username.trim(), password } }));
      setCreated(account.username);
    } catch (error) {
      const byField = fieldErrors(error);
      const fields = Object.entries(byField).map(([field, message]) => ({ field, message }));
      setErrors(fields);
      if (!fields.length) {
        setGeneral(
          error instanceof ApiError && error.status === 404 ? t('setup.unknownLink') : error instanceof ApiError ? (error.problem?.detail ?? t('state.errorText')) : t('state.errorText'),
        );
      }
      focusSummary();
    } finally {
      setPending(false);
    }
  };

  const err = (field: string) => errors.find((e) => e.field === field)?.message;
  const field = (name: 'username' | 'password' | 'repeat', label: string, value: string, set: (v: string) => void, hint?: string) => (
    <div className={`kern-form-input${err(name) ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-${name}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-${name}-error`} message={err(name)} />
      <input
        className={`kern-form-input__input${err(name) ? ' kern-form-input__input--error' : ''}`}
        id={`${id}-${name}`}
        name={name}
        type={name === 'username' ? 'text' : 'password'}
        autoComplete={name === 'username' ? 'username' : 'new-password'}
        required
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={[hint ? `${id}-${name}-hint` : '', err(name) ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );

  return (
    <>
      <PageHeading>{t('setup.title')}</PageHeading>
      {created ? (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t('setup.done', { name: created })}</p>
            <Link className="kern-link" to={withLang(paths.login(), lang)}>
              {t('setup.toLogin')}
            </Link>
          </div>
        </div>
      ) : !token ? (
        <p className="kern-body">{t('setup.noToken')}</p>
      ) : (
        <>
          <p className="kern-body">{t('setup.intro')}</p>
          <form className="login-form" noValidate onSubmit={(e) => void submit(e)}>
            <ErrorSummary ref={summary} errors={errors} idPrefix={id} general={general} />
            {field('username', t('setup.username'), username, setUsername, t('setup.usernameHint'))}
            {field('password', t('setup.password'), password, setPassword, t('setup.passwordHint'))}
            {field('repeat', t('setup.repeat'), repeat, setRepeat)}
            <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
              <span className="kern-label">{pending ? t('setup.pending') : t('setup.submit')}</span>
            </button>
          </form>
        </>
      )}
    </>
  );
}
