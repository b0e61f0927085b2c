'use client';

import { Button } from '@facet/ui/button';
import { Badge, EmptyState, Skeleton } from '@facet/ui/feedback';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Building2, Mail, Phone, User } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useTRPC } from '@/trpc/client';
import { ClientActivity } from './client-activity';
import { ClientContacts } from './client-contacts';
import { CouldNotLoad } from './load-failed';
import { OrdersTable } from './orders-table';
import { RelativeDate } from './relative-date';

/** Everything about one client: how to reach them, their orders from every channel, and what happened. */
export function ClientCard({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const tCommon = useTranslations('common');
  const client = useQuery(trpc.crm.clients.get.queryOptions({ clientId }));
  const orders = useInfiniteQuery(
    trpc.crm.clients.listOrders.infiniteQueryOptions(
      { clientId, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const makePartner = useMutation(
    trpc.crm.partners.makePartner.mutationOptions({
      onSuccess: async () => {
        toast.success(t('clientCard.madePartner'));
        await queryClient.invalidateQueries(trpc.crm.pathFilter());
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  if (client.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
        <Skeleton className="h-10 w-72" />
        <div className="grid gap-4 lg:grid-cols-[300px_1fr]">
          <Skeleton className="h-64" />
          <Skeleton className="h-64" />
        </div>
      </div>
    );
  }
  if (client.isError) {
    return (
      <EmptyState
        title={t('clientCard.notOpened')}
        action={
          <Button asChild variant="outline">
            <Link href="/crm/clients">{t('clientCard.backToClients')}</Link>
          </Button>
        }
      >
        {client.error.message}
      </EmptyState>
    );
  }
  const data = client.data;
  const orderRows = orders.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-center gap-3">
        {data.kind === 'company' ? (
          <Building2 aria-label={t('common.company')} className="size-6 text-muted-foreground" />
        ) : (
          <User aria-label={t('common.person')} className="size-6 text-muted-foreground" />
        )}
        <h1 className="min-w-0 truncate text-2xl sm:text-3xl">{data.name}</h1>
        {data.partner ? (
          <Badge className="border-accent text-accent">{t('clientCard.apiPartner')}</Badge>
        ) : null}
        {data.hasShopAccount ? (
          <Badge className="border-border text-muted-foreground">{t('clientCard.shopAccount')}</Badge>
        ) : null}
        <div className="flex w-full flex-wrap gap-2 sm:ml-auto sm:w-auto">
          <Button asChild size="sm">
            <Link href={`/crm/clients/${data.id}/new-order`}>{t('clientCard.newOrder')}</Link>
          </Button>
          <Button asChild size="sm" variant="outline">
            <Link href={`/crm/clients/${data.id}/edit`}>{t('clientCard.edit')}</Link>
          </Button>
          {data.partner ? (
            <Button asChild size="sm" variant="outline">
              <Link href={`/crm/partners/${data.partner.id}`}>{t('clientCard.keysAndWebhooks')}</Link>
            </Button>
          ) : data.kind === 'company' ? (
            <Button
              size="sm"
              variant="outline"
              disabled={makePartner.isPending}
              onClick={() => makePartner.mutate({ clientId: data.id })}
            >
              {t('clientCard.makePartner')}
            </Button>
          ) : null}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[320px_1fr]">
        <aside className="grid content-start gap-5 self-start rounded-lg border border-border bg-card p-4">
          <section aria-labelledby="details-title" className="grid gap-2 text-sm">
            <h2 id="details-title" className="text-base font-semibold">
              {t('clientCard.details')}
            </h2>
            {data.companyName ? <p>{data.companyName}</p> : null}
            {data.email ? (
              <a href={`mailto:${data.email}`} className="flex items-center gap-2 break-all hover:underline">
                <Mail aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                {data.email}
              </a>
            ) : null}
            {data.phone ? (
              <a
                href={`tel:${data.phone.replaceAll(' ', '')}`}
                className="flex items-center gap-2 tabular-nums hover:underline"
              >
                <Phone aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                {data.phone}
              </a>
            ) : null}
            <p className="text-xs text-muted-foreground">
              {t.rich('clientCard.clientSince', { date: () => <RelativeDate date={data.createdAt} /> })}
            </p>
            {data.partner ? (
              <p className="text-xs text-muted-foreground">
                {t.rich('clientCard.partnerTier', {
                  tier: t(`tier.${data.partner.rateLimitTier}`),
                  b: (chunks) => <span className="font-medium text-foreground">{chunks}</span>,
                })}
              </p>
            ) : null}
          </section>
          <ClientContacts clientId={data.id} contacts={data.contacts} />
        </aside>

        <div className="grid min-w-0 content-start gap-6">
          <section aria-labelledby="orders-title" className="grid gap-3">
            <div className="flex items-center gap-3">
              <h2 id="orders-title" className="text-xl">
                {t('clientCard.orders')}
              </h2>
              <Link
                href={`/crm/orders?client=${data.id}`}
                className="ml-auto text-sm text-muted-foreground underline-offset-4 hover:underline"
              >
                {t('clientCard.filterInList')}
              </Link>
            </div>
            {orders.isPending ? (
              <Skeleton className="h-32" />
            ) : orders.isError ? (
              <CouldNotLoad
                title={t('loadFailed.orders')}
                error={orders.error}
                onRetry={() => orders.refetch()}
              />
            ) : orderRows.length === 0 ? (
              <EmptyState
                title={t('clientCard.noOrders')}
                action={
                  <Button asChild size="sm">
                    <Link href={`/crm/clients/${data.id}/new-order`}>
                      {t('clientCard.placeOrderForThem')}
                    </Link>
                  </Button>
                }
              >
                {t('clientCard.noOrdersText')}
              </EmptyState>
            ) : (
              <>
                <OrdersTable orders={orderRows} showClient={false} />
                {orders.hasNextPage ? (
                  <Button
                    variant="outline"
                    size="sm"
                    className="justify-self-start"
                    onClick={() => orders.fetchNextPage()}
                    disabled={orders.isFetchingNextPage}
                  >
                    {orders.isFetchingNextPage ? tCommon('loading') : t('clientCard.showOlderOrders')}
                  </Button>
                ) : null}
              </>
            )}
          </section>
          <ClientActivity clientId={data.id} />
        </div>
      </div>
    </div>
  );
}
