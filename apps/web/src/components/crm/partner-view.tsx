'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useTRPC } from '@/trpc/client';
import { PartnerKeys } from './partner-keys';
import { PartnerRequests } from './partner-requests';
import { PartnerWebhooks } from './partner-webhooks';

const TIERS = ['standard', 'premium', 'enterprise'] as const;

/** `routes`: the partner API's route templates, for the request log's filter. */
export function PartnerView({ partnerId, routes }: { partnerId: string; routes: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const partner = useQuery(trpc.crm.partners.get.queryOptions({ partnerId }));
  const rules = useQuery(trpc.crm.approvalRules.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.crm.pathFilter());
  const setTier = useMutation(
    trpc.crm.partners.setTier.mutationOptions({
      onSuccess: async (saved) => {
        toast.success(t('partner.tierSet', { tier: t(`tier.${saved.rateLimitTier}`) }));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const createRule = useMutation(
    trpc.crm.approvalRules.create.mutationOptions({
      onSuccess: async () => {
        toast.success(t('partner.autoOn'));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const toggleRule = useMutation(
    trpc.crm.approvalRules.setActive.mutationOptions({
      onSuccess: async () => {
        toast.success(t('partner.autoOff'));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  if (partner.isPending) return <Skeleton className="h-96" aria-busy />;
  if (partner.isError) {
    return (
      <EmptyState
        title={t('partner.notOpened')}
        action={
          <Button asChild variant="outline">
            <Link href="/crm/partners">{t('partner.backToPartners')}</Link>
          </Button>
        }
      >
        {partner.error.message}
      </EmptyState>
    );
  }
  const data = partner.data;
  const rule = rules.data?.find(
    (candidate) => candidate.kind === 'partner' && candidate.partnerId === partnerId && candidate.active,
  );
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl sm:text-3xl">{data.name}</h1>
        <Link
          href={`/crm/clients/${data.clientId}`}
          className="text-sm text-muted-foreground underline-offset-4 hover:underline"
        >
          {t('partner.clientCard')}
        </Link>
      </header>
      <section
        aria-label={t('partner.settings')}
        className="flex flex-wrap items-end gap-6 rounded-lg border border-border bg-card p-4 text-sm"
      >
        <label className="grid gap-1">
          <span className="font-medium">{t('partner.tier')}</span>
          <select
            className="h-10 rounded-md border border-input bg-background px-2"
            value={data.rateLimitTier}
            disabled={setTier.isPending}
            onChange={(event) =>
              setTier.mutate({ partnerId, rateLimitTier: event.target.value as (typeof TIERS)[number] })
            }
          >
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tier.${tier}`)}
              </option>
            ))}
          </select>
          <span className="text-xs text-muted-foreground">
            {t('partner.perMinute', { count: data.requestsPerMinute })}
          </span>
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={Boolean(rule)}
            disabled={createRule.isPending || toggleRule.isPending || rules.isPending}
            onChange={(event) =>
              event.target.checked
                ? createRule.mutate({ kind: 'partner', partnerId })
                : rule && toggleRule.mutate({ ruleId: rule.id, active: false })
            }
            className="size-4 accent-[var(--accent)]"
          />
          <span>
            <span className="font-medium">{t('partner.autoApprove')}</span>
            <span className="block text-xs text-muted-foreground">{t('partner.autoApproveHint')}</span>
          </span>
        </label>
      </section>
      <div className="grid gap-8 xl:grid-cols-2">
        <PartnerKeys partnerId={partnerId} />
        <PartnerWebhooks partnerId={partnerId} />
      </div>
      <PartnerRequests partnerId={partnerId} routes={routes} />
    </div>
  );
}
