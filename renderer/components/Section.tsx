import type { ReactNode } from 'react';

/** A titled section of a view, labelled by its heading; `count` is shown after the title. */
export function Section({
  id,
  title,
  count,
  className,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="section-title">
        {title}
        {count !== undefined && (
          <>
            {' '}
            <span className="count">{count}</span>
          </>
        )}
      </h2>
      {children}
    </section>
  );
}
