import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { ContactLines, PostalAddress, WithSite } from '@/features/site/components/site-details';
import { useLang } from '@/lib/use-lang';

/** Imprint (Impressum): the operator details of this installation, from its settings. */
export default function ImprintPage() {
  const { t } = useTranslation();
  const en = useLang() === 'en';
  return (
    <div className="prose">
      <PageHeading>{t('imprint.title')}</PageHeading>
      <WithSite>
        {(site) =>
          !site.operator ? (
            <p className="kern-body">{t('site.notSet')}</p>
          ) : (
            <>
              <h2 className="kern-heading-medium">{en ? 'Provider' : 'Anbieterin'}</h2>
              <PostalAddress site={site} />
              {site.representedBy ? (
                <p className="kern-body">
                  {en ? `Represented by ${site.representedBy}.` : `Vertreten durch ${site.representedBy}.`}
                </p>
              ) : null}
              {site.phone || site.email ? (
                <>
                  <h2 className="kern-heading-medium">{en ? 'Contact' : 'Kontakt'}</h2>
                  <ContactLines phone={site.phone} email={site.email} />
                </>
              ) : null}
              {site.contentResponsible ? (
                <>
                  <h2 className="kern-heading-medium">{en ? 'Responsible for the content' : 'Verantwortlich für den Inhalt'}</h2>
                  <p className="kern-body">{site.contentResponsible}</p>
                </>
              ) : null}
            </>
          )
        }
      </WithSite>
    </div>
  );
}
