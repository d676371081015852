import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '@/components/ui/copy-button';
import { feedUrls } from '../utils/feed-urls';
import '../calendar-feed-texts';

type Props = {
  /** The feed's API path (see `feedPaths`). */
  feedPath: string;
  /** Whose dates: an area's or a committee's (chooses the introduction). */
  kind: 'area' | 'committee';
  /** The server's address; the page's own by default. */
  origin?: string;
};

/**
 * "Subscribe to dates": the feed as a webcal link (calendar programs open it as a subscription), its https address in
 * a read-only field with a copy button, and how to subscribe in Outlook, Google and Apple calendars.
 */
export function CalendarSubscription({ feedPath, kind, origin = window.location.origin }: Props) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const urls = feedUrls(feedPath, origin);

  return (
    <section aria-labelledby={`${id}-title`} className="section calendar-subscription no-print">
      <h2 id={`${id}-title`} className="kern-heading-medium">
        {t('calendarFeed.title')}
      </h2>
      <p className="kern-body">{kind === 'area' ? t('calendarFeed.introArea') : t('calendarFeed.introCommittee')}</p>
      <p>
        <a className="kern-btn kern-btn--secondary" href={urls.webcal} data-testid="calendar-subscribe">
          <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
          <span className="kern-label">{t('calendarFeed.subscribe')}</span>
        </a>
      </p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-url`}>
          {t('calendarFeed.urlLabel')}
        </label>
        <input
          id={`${id}-url`}
          className="kern-form-input__input calendar-subscription__url"
          readOnly
          value={urls.https}
          data-testid="calendar-url"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <CopyButton
        text={urls.https}
        label={t('calendarFeed.copy')}
        copied={t('calendarFeed.copied')}
        failed={t('calendarFeed.copyFailed')}
        variant="tertiary"
      />
      <h3 className="kern-heading-small">{t('calendarFeed.howTo')}</h3>
      <ul className="kern-body kern-body--small">
        <li>{t('calendarFeed.outlook')}</li>
        <li>{t('calendarFeed.google')}</li>
        <li>{t('calendarFeed.apple')}</li>
      </ul>
      <p className="kern-body kern-body--small kern-body--muted">{t('calendarFeed.refresh')}</p>
    </section>
  );
}
