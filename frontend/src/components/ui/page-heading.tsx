import { useEffect, useRef, type ReactNode } from 'react';
import { shouldTakeFocus } from '@/lib/route-focus';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useContentLang } from '@/lib/use-lang';

type Props = {
  /** Plain text for the document title; defaults to the heading when that is a string. */
  title?: string;
  preline?: ReactNode;
  /** The heading is content from the API (German), not interface text. */
  content?: boolean;
  children: ReactNode;
};

/** The one h1 of a page; also sets the document title. */
export function PageHeading({ title, preline, content, children }: Props) {
  const contentLang = useContentLang();
  useDocumentTitle(title ?? (typeof children === 'string' ? children : undefined));
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldTakeFocus() && document.activeElement !== ref.current) ref.current?.focus();
  }, []);
  return (
    <div className="page-heading">
      {preline ? <p className="kern-preline">{preline}</p> : null}
      <h1 ref={ref} className="kern-heading-x-large" tabIndex={-1} lang={content ? contentLang : undefined}>
        {children}
      </h1>
    </div>
  );
}
