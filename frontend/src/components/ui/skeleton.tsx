import { useTranslation } from 'react-i18next';

type Props = {
  /** Number of text lines to reserve. */
  lines?: number;
  /** Height of one block (CSS length); lines use the body line height. */
  height?: string;
  className?: string;
};

/** A grey placeholder that reserves the space of content still loading, so nothing shifts when it arrives. */
export function Skeleton({ lines = 1, height, className }: Props) {
  return (
    <span className={`skeleton ${className ?? ''}`} aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" style={height ? { height } : undefined} />
      ))}
    </span>
  );
}

/** Tells screen readers that something is loading; visually hidden. */
export function LoadingStatus({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="visually-hidden">
      {label ?? t('state.loading')}
    </p>
  );
}
