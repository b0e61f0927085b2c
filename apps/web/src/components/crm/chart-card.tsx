import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** A chart with its title, and the same figures as a table for those who do not read charts. */
export function ChartCard({
  title,
  description,
  children,
  table,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  table: { head: string[]; rows: Array<Array<string | number>> };
}) {
  const t = useTranslations('crmUi.dashboard');
  return (
    <section
      className="grid content-start gap-2 rounded-lg border border-border bg-card p-4"
      aria-label={title}
    >
      <div>
        <h2 className="font-sans text-base font-semibold">{title}</h2>
        {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
      </div>
      <div className="h-60 w-full">{children}</div>
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground">{t('showFigures')}</summary>
        <div className="mt-2 max-h-60 overflow-auto">
          <table className="w-full">
            <thead>
              <tr>
                {table.head.map((head) => (
                  <th key={head} scope="col" className="py-1 pr-2 text-left font-medium">
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])} className="border-t border-border">
                  {row.map((cell, i) => (
                    <td key={`${row[0]}-${table.head[i]}`} className="py-1 pr-2 tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
