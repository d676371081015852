import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { useLang } from '@/lib/use-lang';

/** The accessibility statement (Erklärung zur Barrierefreiheit) with the feedback contact it must offer. */
export const FEEDBACK_EMAIL = 'barrierefreiheit@example.org';

export default function AccessibilityPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const subject = encodeURIComponent(t('accessibility.mailSubject'));
  const mailto = `mailto:${FEEDBACK_EMAIL}?subject=${subject}`;
  return (
    <div className="prose">
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <div className="kern-alert kern-alert--info">
        <div className="kern-alert__body">
          <p className="kern-body">{t('imprint.placeholderNote')}</p>
        </div>
      </div>
      {lang === 'en' ? (
        <>
          <p className="kern-body">
            [The City of Sample Town] endeavours to make this website accessible in accordance with the Lower Saxony
            Disability Equality Act (NBGG) and the Barrier-free Information Technology Ordinance (BITV 2.0), which
            implement Directive (EU) 2016/2102.
          </p>
          <h2 className="kern-heading-medium">State of compatibility</h2>
          <p className="kern-body">
            This website is [largely] compatible with the requirements of WCAG 2.1 level AA and EN 301 549. Every page
            is checked automatically with axe on each change; a manual review [is planned for …].
          </p>
          <h2 className="kern-heading-medium">Content that is not accessible</h2>
          <ul className="kern-list kern-list--bullet">
            <li>[Linked PDF documents of the integrated action concept may not be fully accessible.]</li>
            <li>[Documents in the council information system are provided by a separate system.]</li>
          </ul>
          <h2 className="kern-heading-medium">Preparation of this statement</h2>
          <p className="kern-body">This statement was prepared on [date]. It is based on a self-assessment.</p>
          <h2 className="kern-heading-medium" id="feedback">
            Feedback and contact
          </h2>
          <p className="kern-body">
            Have you noticed a barrier on this website, or do you need information from it in an accessible form?
            Please tell us. Describe in an e-mail which page you were on (the address in your browser's address bar
            helps), what you wanted to do, and what did not work. You do not need a form. We will reply within [two
            weeks].
          </p>
          <p className="kern-body">
            E-mail: <a className="kern-link" href={mailto}>{FEEDBACK_EMAIL}</a>
            <br />
            Telephone: [+49 …]
            <br />
            Post: [City of Sample Town, department, address]
          </p>
          <h2 className="kern-heading-medium">Enforcement procedure</h2>
          <p className="kern-body">
            If we do not answer your feedback satisfactorily, you can turn to the [enforcement body of the state:
            name, address, website].
          </p>
        </>
      ) : (
        <>
          <p className="kern-body">
            [Die Stadt Musterstadt] ist bemüht, diese Website im Einklang mit dem Niedersächsischen
            Behindertengleichstellungsgesetz (NBGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0)
            barrierefrei zugänglich zu machen. Sie setzen die Richtlinie (EU) 2016/2102 um.
          </p>
          <h2 className="kern-heading-medium">Stand der Vereinbarkeit mit den Anforderungen</h2>
          <p className="kern-body">
            Diese Website ist [weitgehend] mit den Anforderungen der WCAG 2.1 auf Stufe AA und der EN 301 549
            vereinbar. Jede Seite wird bei jeder Änderung automatisch mit axe geprüft; eine manuelle Prüfung [ist für …
            geplant].
          </p>
          <h2 className="kern-heading-medium">Nicht barrierefreie Inhalte</h2>
          <ul className="kern-list kern-list--bullet">
            <li>[Verlinkte PDF-Dokumente des Integrierten Handlungskonzepts sind möglicherweise nicht vollständig barrierefrei.]</li>
            <li>[Dokumente im Ratsinformationssystem werden von einem anderen System bereitgestellt.]</li>
          </ul>
          <h2 className="kern-heading-medium">Erstellung dieser Erklärung</h2>
          <p className="kern-body">Diese Erklärung wurde am [Datum] erstellt. Sie beruht auf einer Selbstbewertung.</p>
          <h2 className="kern-heading-medium" id="feedback">
            Feedback und Kontakt
          </h2>
          <p className="kern-body">
            Sind Ihnen Barrieren auf dieser Website aufgefallen, oder benötigen Sie Informationen daraus in
            barrierefreier Form? Dann teilen Sie uns das bitte mit. Beschreiben Sie in einer E-Mail, auf welcher Seite
            Sie waren (die Adresse aus der Adresszeile Ihres Browsers hilft uns), was Sie tun wollten und was nicht
            funktioniert hat. Ein Formular ist nicht nötig. Wir antworten innerhalb von [zwei Wochen].
          </p>
          <p className="kern-body">
            E-Mail: <a className="kern-link" href={mailto}>{FEEDBACK_EMAIL}</a>
            <br />
            Telefon: [+49 …]
            <br />
            Post: [Stadt Musterstadt, Fachbereich, Anschrift]
          </p>
          <h2 className="kern-heading-medium">Durchsetzungsverfahren</h2>
          <p className="kern-body">
            Wenn wir auf Ihre Rückmeldung nicht zufriedenstellend antworten, können Sie sich an die [Schlichtungs- bzw.
            Durchsetzungsstelle des Landes: Name, Anschrift, Website] wenden.
          </p>
        </>
      )}
    </div>
  );
}
