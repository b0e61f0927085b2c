'use client';

import { cn } from '@facet/ui/cn';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { metalLookForCode } from '@/components/viewer/metal-looks';
import { useTRPC } from '@/trpc/client';

/** Alloy names by code, from the catalogue (cached for the session). */
export function useAlloyNames(): Map<string, string> {
  const trpc = useTRPC();
  const alloys = useQuery(trpc.shop.catalog.listAlloys.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  return new Map((alloys.data ?? []).map((alloy) => [alloy.code, alloy.name]));
}

export function AlloyChip({ code, className }: { code: string | null; className?: string }) {
  const names = useAlloyNames();
  const t = useTranslations('uiMes');
  const name = code ? (names.get(code) ?? code) : t('noAlloy');
  return (
    <span
      className={cn(
        'inline-flex items-center gap-2 rounded-full border border-border bg-muted px-3 py-1 text-sm font-medium',
        className,
      )}
      title={code ?? undefined}
      data-alloy={code ?? ''}
    >
      <span
        aria-hidden
        className="size-3 rounded-full bg-muted ring-1 ring-black/20"
        style={code ? { background: metalLookForCode(code).color } : undefined}
      />
      {name}
    </span>
  );
}
