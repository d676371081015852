import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { useAreas } from '@/features/areas/api/areas';
import '@/features/messages/texts';
import { ContactLines, PostalAddress, WithSite } from '@/features/site/components/site-details';
import type { Schemas } from '@/lib/api-client';
import { useLang } from '@/lib/use-lang';

/** The accessibility statement (Erklärung zur Barrierefreiheit) with the feedback contact it must offer (from the settings). */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  const en = useLang() === 'en';
  return (
    <div className="prose">
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <WithSite>{(site) => (en ? <English site={site} /> : <German site={site} />)}</WithSite>
    </div>
  );
}

const MessageForm = lazy(() => import('@/features/messages/components/message-form'));

/**
 * The feedback channel as a form: a message with the subject "Barrierefreiheit" to the inbox of an area's editors
 * (the chosen area; the first one when there is only one). Loaded when the reader opens it.
 */
function FeedbackForm() {
  const { t } = useTranslation();
  const areas = useAreas();
  const [open, setOpen] = useState(false);
  const [slug, setSlug] = useState('');
  const items = areas.data?.items ?? [];
  if (!items.length) return null;
  const chosen = slug || items[0]!.slug;
  return (
    <section aria-labelledby="feedback-form-heading" className="section no-print">
      <h3 id="feedback-form-heading" className="kern-heading-small">
        {t('messages.accessibilityForm')}
      </h3>
      {items.length > 1 ? (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="feedback-area">
            {t('messages.area')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select id="feedback-area" className="kern-form-input__select" value={chosen} onChange={(e) => setSlug(e.target.value)}>
              {items.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {open ? (
        <Suspense fallback={<p className="kern-body" role="status">{t('messages.loading')}</p>}>
          <MessageForm key={chosen} slug={chosen} subject="ACCESSIBILITY" focusOnMount />
        </Suspense>
      ) : (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(true)}>
          <span className="kern-label">{t('messages.open')}</span>
        </button>
      )}
    </section>
  );
}

function Feedback({ site }: { site: Schemas['Site'] }) {
  const { t } = useTranslation();
  const email = site.accessibilityEmail;
  const mailto = email ? `mailto:${email}?subject=${encodeURIComponent(t('accessibility.mailSubject'))}` : undefined;
  return (
    <>
      <ContactLines phone={site.phone} email={email} mailto={mailto} />
      {site.operator ? <PostalAddress site={site} /> : null}
      {!site.operator && !email && !site.phone ? <p className="kern-body">{t('site.notSet')}</p> : null}
      <FeedbackForm />
    </>
  );
}

function German({ site }: { site: Schemas['Site'] }) {
  return (
    <>
      <p className="kern-body">
        {site.operator ? `Anbieterin dieser Website: ${site.operator}. ` : null}
        Wir sind bemüht, diese Website im Einklang mit den Vorschriften über barrierefreie Informationstechnik (der
        Barrierefreie-Informationstechnik-Verordnung BITV 2.0 und den Gesetzen der Länder, die die Richtlinie (EU)
        2016/2102 umsetzen) barrierefrei zugänglich zu machen.
      </p>
      <h2 className="kern-heading-medium">Stand der Vereinbarkeit mit den Anforderungen</h2>
      <p className="kern-body">
        Diese Website ist weitgehend mit den Anforderungen der WCAG 2.1 auf Stufe AA und der EN 301 549 vereinbar. Jede
        Seite wird bei jeder Änderung der Software automatisch mit axe geprüft; die Erklärung beruht auf dieser
        Selbstbewertung.
      </p>
      <h2 className="kern-heading-medium">Nicht barrierefreie Inhalte</h2>
      <p className="kern-body">
        Dokumente anderer Stellen, auf die wir verweisen (etwa im Ratsinformationssystem), liegen außerhalb dieser
        Website und sind möglicherweise nicht vollständig barrierefrei.
      </p>
      <h2 className="kern-heading-medium" id="feedback">
        Feedback und Kontakt
      </h2>
      <p className="kern-body">
        Sind Ihnen Barrieren auf dieser Website aufgefallen, oder benötigen Sie Informationen daraus in barrierefreier
        Form? Dann teilen Sie uns das bitte mit. Beschreiben Sie, auf welcher Seite Sie waren (die Adresse aus der
        Adresszeile Ihres Browsers hilft uns), was Sie tun wollten und was nicht funktioniert hat. Schreiben Sie uns über
        das Formular unten oder direkt. Wir antworten innerhalb von zwei Wochen.
      </p>
      <Feedback site={site} />
      <h2 className="kern-heading-medium">Durchsetzungsverfahren</h2>
      <p className="kern-body">
        Wenn wir auf Ihre Rückmeldung nicht zufriedenstellend antworten, können Sie sich an{' '}
        {site.enforcementBody ?? 'die Durchsetzungs- bzw. Schlichtungsstelle Ihres Landes für barrierefreie Informationstechnik'}{' '}
        wenden.
      </p>
    </>
  );
}

function English({ site }: { site: Schemas['Site'] }) {
  return (
    <>
      <p className="kern-body">
        {site.operator ? `Provider of this website: ${site.operator}. ` : null}
        We endeavour to make this website accessible in accordance with the rules on barrier-free information technology (the
        Barrier-free Information Technology Ordinance BITV 2.0 and the state laws implementing Directive (EU)
        2016/2102).
      </p>
      <h2 className="kern-heading-medium">State of compatibility</h2>
      <p className="kern-body">
        This website is largely compatible with the requirements of WCAG 2.1 level AA and EN 301 549. Every page is
        checked automatically with axe on each change of the software; this statement is based on that
        self-assessment.
      </p>
      <h2 className="kern-heading-medium">Content that is not accessible</h2>
      <p className="kern-body">
        Documents of other bodies that we link to (such as those in the council information system) are outside this
        website and may not be fully accessible.
      </p>
      <h2 className="kern-heading-medium" id="feedback">
        Feedback and contact
      </h2>
      <p className="kern-body">
        Have you noticed a barrier on this website, or do you need information from it in an accessible form? Please
        tell us. Describe which page you were on (the address in your browser's address bar helps), what you wanted to
        do, and what did not work. Write to us with the form below or directly. We will reply within two weeks.
      </p>
      <Feedback site={site} />
      <h2 className="kern-heading-medium">Enforcement procedure</h2>
      <p className="kern-body">
        If we do not answer your feedback satisfactorily, you can turn to{' '}
        {site.enforcementBody ?? 'the enforcement or conciliation body for barrier-free information technology of your state'}.
      </p>
    </>
  );
}
