'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { useTRPC } from '@/trpc/client';
import { CouldNotLoad } from './load-failed';
import { RelativeDate } from './relative-date';

const selectClass =
  'h-10 w-full rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

/** Rules that approve priced orders without a seller: per partner, or below a price. */
export function ApprovalRulesView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const tCommon = useTranslations('common');
  const format = useFormat();
  const rules = useQuery(trpc.crm.approvalRules.list.queryOptions());
  const partners = useQuery(trpc.crm.partners.list.queryOptions());
  const [kind, setKind] = useState<'below_price' | 'partner'>('below_price');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = () => queryClient.invalidateQueries(trpc.crm.pathFilter());
  const create = useMutation(
    trpc.crm.approvalRules.create.mutationOptions({
      onSuccess: async () => {
        toast.success(t('rules.saved'));
        await refresh();
      },
      onError: (error) => setErrors(fieldErrorsOf(error, t('common.somethingWrong'))),
    }),
  );
  const toggle = useMutation(
    trpc.crm.approvalRules.setActive.mutationOptions({
      onSuccess: async (rule) => {
        toast.success(rule.active ? t('rules.switchedOn') : t('rules.switchedOff'));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    if (kind === 'partner') {
      create.mutate({ kind, partnerId: String(form.get('partnerId') ?? '') });
    } else {
      const amount = Number(
        String(form.get('maxTotal') ?? '')
          .replace(/\s/g, '')
          .replace(',', '.'),
      );
      if (!Number.isFinite(amount) || amount <= 0) {
        setErrors({ maxTotalCents: t('rules.amountError', { currency: format.currency }) });
        return;
      }
      create.mutate({ kind, maxTotalCents: Math.round(amount * 100) });
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_340px]">
      <section aria-labelledby="rules-title" className="grid content-start gap-3">
        <h2 id="rules-title" className="text-xl">
          {t('rules.title')}
        </h2>
        {rules.isPending ? (
          <Skeleton className="h-32" />
        ) : rules.isError ? (
          <CouldNotLoad title={t('loadFailed.rules')} error={rules.error} onRetry={() => rules.refetch()} />
        ) : rules.data.length === 0 ? (
          <EmptyState title={t('rules.emptyTitle')}>{t('rules.emptyText')}</EmptyState>
        ) : (
          <ul className="grid divide-y divide-border rounded-lg border border-border bg-card">
            {rules.data.map((rule) => (
              <li
                key={rule.id}
                className="flex flex-wrap items-center gap-3 p-4 text-sm"
                data-testid="approval-rule"
              >
                <div className="grid flex-1 gap-0.5">
                  <p className="font-medium">
                    {rule.kind === 'partner'
                      ? rule.partnerName
                        ? t('rules.partnerRule', { partner: rule.partnerName })
                        : t('rules.partnerRuleUnnamed')
                      : t('rules.priceRule', { amount: format.money(rule.maxTotalCents ?? 0) })}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    {t.rich(rule.createdByName ? 'rules.addedBy' : 'rules.added', {
                      name: rule.createdByName ?? '',
                      date: () => <RelativeDate date={rule.createdAt} />,
                    })}
                  </p>
                </div>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={rule.active}
                    disabled={toggle.isPending}
                    onChange={(event) => toggle.mutate({ ruleId: rule.id, active: event.target.checked })}
                    className="size-4 accent-[var(--accent)]"
                  />
                  {rule.active ? t('rules.on') : t('rules.off')}
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form
        onSubmit={submit}
        className="grid content-start gap-4 rounded-lg border border-border bg-card p-4"
        noValidate
      >
        <h2 className="font-sans text-base font-semibold">{t('rules.addTitle')}</h2>
        <fieldset className="grid gap-2 text-sm">
          <legend className="mb-1 font-medium">{t('rules.approveAutomatically')}</legend>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="kind"
              checked={kind === 'below_price'}
              onChange={() => setKind('below_price')}
              className="accent-[var(--accent)]"
            />
            {t('rules.kindBelowPrice')}
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="kind"
              checked={kind === 'partner'}
              onChange={() => setKind('partner')}
              className="accent-[var(--accent)]"
            />
            {t('rules.kindPartner')}
          </label>
        </fieldset>
        {kind === 'below_price' ? (
          <Field
            id="maxTotal"
            label={t('rules.maxTotal', { currency: format.currencySymbol() })}
            error={errors.maxTotalCents}
          >
            <Input id="maxTotal" name="maxTotal" inputMode="decimal" placeholder="250" />
          </Field>
        ) : (
          <Field id="partnerId" label={t('common.partner')} error={errors.partnerId}>
            <select id="partnerId" name="partnerId" className={selectClass}>
              {(partners.data ?? []).map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {errors.form ? (
          <p role="alert" className="text-sm text-destructive">
            {errors.form}
          </p>
        ) : null}
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? tCommon('saving') : t('rules.submit')}
        </Button>
      </form>
    </div>
  );
}
