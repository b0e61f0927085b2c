import { Skeleton } from '@facet/ui/feedback';

/** A list still loading: `rows` grey rows of `rowClassName`'s height. */
export function ListSkeleton({ rows, rowClassName }: { rows: number; rowClassName: string }) {
  return (
    <div className="grid gap-2" aria-busy>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className={rowClassName} />
      ))}
    </div>
  );
}
