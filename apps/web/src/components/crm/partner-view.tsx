'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { toast } from 'sonner';
import { useTRPC } from '@/trpc/client';
import { PartnerKeys } from './partner-keys';
import { PartnerWebhooks } from './partner-webhooks';

const TIERS = ['standard', 'premium', 'enterprise'] as const;

export function PartnerView({ partnerId }: { partnerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const partner = useQuery(trpc.crm.partners.byId.queryOptions({ partnerId }));
  const rules = useQuery(trpc.crm.approvalRules.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.crm.pathFilter());
  const setTier = useMutation(
    trpc.crm.partners.setTier.mutationOptions({
      onSuccess: async (saved) => {
        toast.success(`Tier set to ${saved.rateLimitTier}; it applies to the next request.`);
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const createRule = useMutation(
    trpc.crm.approvalRules.create.mutationOptions({
      onSuccess: async () => {
        toast.success('This partner’s priced orders are approved automatically from now on.');
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const toggleRule = useMutation(
    trpc.crm.approvalRules.setActive.mutationOptions({
      onSuccess: async () => {
        toast.success('Priced orders of this partner wait for a seller again.');
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  if (partner.isPending) return <Skeleton className="h-96" aria-busy />;
  if (partner.isError) {
    return (
      <EmptyState
        title="This partner could not be opened"
        action={
          <Button asChild variant="outline">
            <Link href="/crm/partners">Back to partners</Link>
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
          Client card
        </Link>
      </header>
      <section
        aria-label="Settings"
        className="flex flex-wrap items-end gap-6 rounded-lg border border-border bg-card p-4 text-sm"
      >
        <label className="grid gap-1">
          <span className="font-medium">Rate-limit tier</span>
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
                {tier}
              </option>
            ))}
          </select>
          <span className="text-xs text-muted-foreground">
            {data.requestsPerMinute.toLocaleString('en-IE')} requests a minute per key
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
            <span className="font-medium">Approve priced orders automatically</span>
            <span className="block text-xs text-muted-foreground">Otherwise a seller approves each one.</span>
          </span>
        </label>
      </section>
      <div className="grid gap-8 xl:grid-cols-2">
        <PartnerKeys partnerId={partnerId} />
        <PartnerWebhooks partnerId={partnerId} />
      </div>
    </div>
  );
}
