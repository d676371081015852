import { useEffect, useRef, type ReactNode } from 'react';
import { shouldTakeFocus } from '@/lib/route-focus';
import { useDocumentTitle } from '@/lib/use-document-title';

type Props = {
  /** Plain text for the document title; defaults to the heading when that is a string. */
  title?: string;
  preline?: ReactNode;
  children: ReactNode;
};

/** The one h1 of a page; also sets the document title. */
export function PageHeading({ title, preline, children }: Props) {
  useDocumentTitle(title ?? (typeof children === 'string' ? children : undefined));
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldTakeFocus() && document.activeElement !== ref.current) ref.current?.focus();
  }, []);
  return (
    <div className="page-heading">
      {preline ? <p className="kern-preline">{preline}</p> : null}
      <h1 ref={ref} className="kern-heading-x-large" tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
