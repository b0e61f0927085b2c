'use client';

import { Button } from '@facet/ui/button';
import { Badge, EmptyState, LoadFailed, Skeleton } from '@facet/ui/feedback';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '@/trpc/client';

export function PartnersView() {
  const trpc = useTRPC();
  const partners = useQuery(trpc.crm.partners.list.queryOptions());
  if (partners.isPending) return <Skeleton className="h-40" aria-busy />;
  if (partners.isError) {
    return <LoadFailed what="The partners" error={partners.error} onRetry={() => partners.refetch()} />;
  }
  if (partners.data.length === 0) {
    return (
      <EmptyState
        title="No API partners yet"
        action={
          <Button asChild>
            <Link href="/crm/clients?kind=company">Find a company client</Link>
          </Button>
        }
      >
        Open a company client’s card and choose “Make API partner” to give them keys and webhooks.
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[640px] text-sm">
        <thead className="border-b border-border bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Partner
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Tier
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Live keys
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Webhooks
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Approval
            </th>
          </tr>
        </thead>
        <tbody>
          {partners.data.map((partner) => (
            <tr key={partner.id} className="border-b border-border last:border-0 hover:bg-muted/40">
              <td className="px-3 py-2 font-medium">
                <Link href={`/crm/partners/${partner.id}`} className="underline-offset-4 hover:underline">
                  {partner.name}
                </Link>
              </td>
              <td className="px-3 py-2">
                {partner.rateLimitTier}{' '}
                <span className="text-muted-foreground">
                  ({partner.requestsPerMinute.toLocaleString('en-IE')}/min)
                </span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{partner.activeKeys}</td>
              <td className="px-3 py-2 text-right tabular-nums">{partner.webhookEndpoints}</td>
              <td className="px-3 py-2">
                {partner.autoApproved ? (
                  <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900">Automatic</Badge>
                ) : (
                  <span className="text-muted-foreground">By a seller</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
