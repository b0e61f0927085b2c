import type { ReactNode } from 'react';

/** A titled group of controls in the side panel. */
export function ControlsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="grid gap-4 rounded-xl border border-border bg-card p-5">
      <h2 className="font-serif text-xl">{title}</h2>
      {children}
    </section>
  );
}
