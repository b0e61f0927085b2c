'use client';

import { Button } from '@facet/ui/button';
import { Badge, EmptyState, Skeleton } from '@facet/ui/feedback';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/client';
import { CouldNotLoad } from './load-failed';

export function PartnersView() {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const partners = useQuery(trpc.crm.partners.list.queryOptions());
  if (partners.isPending) return <Skeleton className="h-40" aria-busy />;
  if (partners.isError) {
    return (
      <CouldNotLoad
        title={t('loadFailed.partners')}
        error={partners.error}
        onRetry={() => partners.refetch()}
      />
    );
  }
  if (partners.data.length === 0) {
    return (
      <EmptyState
        title={t('partners.emptyTitle')}
        action={
          <Button asChild>
            <Link href="/crm/clients?kind=company">{t('partners.findCompany')}</Link>
          </Button>
        }
      >
        {t('partners.emptyText')}
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[640px] text-sm">
        <thead className="border-b border-border bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('common.partner')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('partners.tier')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('partners.liveKeys')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('common.webhooks')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('partners.approval')}
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
                {t(`tier.${partner.rateLimitTier}`)}{' '}
                <span className="text-muted-foreground">
                  {t('partners.perMinute', { count: partner.requestsPerMinute })}
                </span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{partner.activeKeys}</td>
              <td className="px-3 py-2 text-right tabular-nums">{partner.webhookEndpoints}</td>
              <td className="px-3 py-2">
                {partner.autoApproved ? (
                  <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900">
                    {t('partners.automatic')}
                  </Badge>
                ) : (
                  <span className="text-muted-foreground">{t('partners.bySeller')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
