import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { useLang } from '@/lib/use-lang';

/** Imprint (Impressum) with placeholders the city replaces. */
export default function ImprintPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="prose">
      <PageHeading>{t('imprint.title')}</PageHeading>
      <div className="kern-alert kern-alert--info">
        <div className="kern-alert__body">
          <p className="kern-body">{t('imprint.placeholderNote')}</p>
        </div>
      </div>
      {lang === 'en' ? (
        <>
          <h2 className="kern-heading-medium">Provider</h2>
          <p className="kern-body">
            [City of Sample Town]
            <br />
            [Department, Street and number]
            <br />
            [Postcode and town]
          </p>
          <p className="kern-body">
            The [City of Sample Town] is a public-law corporation. It is represented by [the Lord Mayor, name].
          </p>
          <h2 className="kern-heading-medium">Contact</h2>
          <p className="kern-body">
            Telephone: [+49 …]
            <br />
            E-mail: <a className="kern-link" href="mailto:ihk@example.org">[ihk@example.org]</a>
          </p>
          <h2 className="kern-heading-medium">Responsible for the content</h2>
          <p className="kern-body">[Name, quarter management of the redevelopment area, address]</p>
          <h2 className="kern-heading-medium">VAT identification number</h2>
          <p className="kern-body">[DE …]</p>
        </>
      ) : (
        <>
          <h2 className="kern-heading-medium">Anbieterin</h2>
          <p className="kern-body">
            [Stadt Musterstadt]
            <br />
            [Fachbereich, Straße und Hausnummer]
            <br />
            [Postleitzahl und Ort]
          </p>
          <p className="kern-body">
            Die [Stadt Musterstadt] ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch [den
            Oberbürgermeister / die Oberbürgermeisterin, Name].
          </p>
          <h2 className="kern-heading-medium">Kontakt</h2>
          <p className="kern-body">
            Telefon: [+49 …]
            <br />
            E-Mail: <a className="kern-link" href="mailto:ihk@example.org">[ihk@example.org]</a>
          </p>
          <h2 className="kern-heading-medium">Verantwortlich für den Inhalt</h2>
          <p className="kern-body">[Name, Quartiersmanagement des Fördergebiets, Anschrift]</p>
          <h2 className="kern-heading-medium">Umsatzsteuer-Identifikationsnummer</h2>
          <p className="kern-body">[DE …]</p>
        </>
      )}
    </div>
  );
}
