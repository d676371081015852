import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import type { Schemas } from '@/lib/api-client';
import { useSite } from '../api/site';
import '../site-texts';

/** Waits for the operator details and shows the page made of them (a legal page must not show guesses). */
export function WithSite({ children }: { children: (site: Schemas['Site']) => ReactNode }) {
  const site = useSite();
  if (site.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <Skeleton lines={8} />
      </div>
    );
  }
  if (site.isError) return <ErrorState error={site.error} onRetry={() => void site.refetch()} />;
  return <>{children(site.data)}</>;
}

/** Name and postal address of the operator, one line each. */
export function PostalAddress({ site }: { site: Schemas['Site'] }) {
  const lines = [site.operator, ...site.address].filter((l): l is string => Boolean(l));
  return (
    <p className="kern-body">
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </span>
      ))}
    </p>
  );
}

/** Telephone and e-mail, each only when set. */
export function ContactLines({ phone, email, mailto }: { phone: string | null; email: string | null; mailto?: string }) {
  const { t } = useTranslation();
  if (!phone && !email) return null;
  return (
    <p className="kern-body">
      {phone ? (
        <>
          {t('site.phone')}: <a className="kern-link" href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
        </>
      ) : null}
      {phone && email ? <br /> : null}
      {email ? (
        <>
          {t('site.email')}: <a className="kern-link" href={mailto ?? `mailto:${email}`}>{email}</a>
        </>
      ) : null}
    </p>
  );
}
