'use client';

import type { TAdminAlloy } from '@facet/core/admin/admin-alloy-dto';
import { Button } from '@facet/ui/button';
import { Badge, Skeleton } from '@facet/ui/feedback';
import { Field, FormError, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';
import { DesignRulesHistory, DesignRulesLine, EditDesignRules } from './alloy-design-rules';
import { centsOf, decimalOf, unitsOf } from './form-numbers';

const MONEY_FIELDS = [
  'castingBaseCents',
  'perCm2Cents',
  'per10kTrianglesCents',
  'engravingCents',
  'resizeCents',
] as const;
const FINISH_FIELDS = ['polished', 'satin', 'matte'] as const;

function History({ alloyId }: { alloyId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.admin.alloys.listPriceHistory.queryOptions({ alloyId }));
  const t = useTranslations('uiAdmin.alloys');
  const format = useFormat();
  if (history.isPending) return <Skeleton className="h-16" />;
  if (history.isError) return <p className="text-sm text-destructive">{history.error.message}</p>;
  if (history.data.length === 0) return <p className="text-sm text-muted-foreground">{t('neverChanged')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] text-xs">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('savedAt')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('by')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('density')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('perGram')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('castingLoss')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('castingBase')}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((version) => (
            <tr key={version.id} className="border-t border-border" data-testid="alloy-version">
              <td className="py-1 pr-2">{format.dateTime(version.createdAt)}</td>
              <td className="py-1 pr-2">{version.changedByName ?? t('initial')}</td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {t('densityValue', { density: version.densityGPerCm3 })}
              </td>
              <td className="py-1 pr-2 text-right tabular-nums">{format.money(version.pricePerGramCents)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {t('pct', { pct: version.castingLossPct })}
              </td>
              <td className="py-1 text-right tabular-nums">
                {format.money(version.workRates.castingBaseCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EditAlloy({ alloy, onDone }: { alloy: TAdminAlloy; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiAdmin.alloys');
  const common = useTranslations('common');
  const format = useFormat();
  const save = useMutation(
    trpc.admin.alloys.update.mutationOptions({
      onSuccess: async (saved) => {
        toast.success(t('saved', { name: saved.name }));
        await queryClient.invalidateQueries(trpc.admin.alloys.pathFilter());
        // The catalogue's alloys, which the shop, the CRM and the console all read.
        await queryClient.invalidateQueries(trpc.shop.catalog.pathFilter());
        onDone();
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    save.mutate({
      alloyId: alloy.id,
      densityGPerCm3: decimalOf(form.get('density')),
      pricePerGramCents: centsOf(form.get('pricePerGram')),
      castingLossPct: decimalOf(form.get('castingLoss')),
      active: form.get('active') === 'on',
      workRates: {
        castingBaseCents: centsOf(form.get('castingBaseCents')),
        perCm2Cents: centsOf(form.get('perCm2Cents')),
        per10kTrianglesCents: centsOf(form.get('per10kTrianglesCents')),
        engravingCents: centsOf(form.get('engravingCents')),
        resizeCents: centsOf(form.get('resizeCents')),
        finishCents: {
          polished: centsOf(form.get('polished')),
          satin: centsOf(form.get('satin')),
          matte: centsOf(form.get('matte')),
        },
        leadTimeDays: decimalOf(form.get('leadTimeDays')),
      },
    });
  };
  const id = (field: string) => `${alloy.code}-${field}`;
  const rateError = (field: string) =>
    errors[field] ?? (errors.workRates && field === 'castingBaseCents' ? errors.workRates : undefined);
  return (
    <form
      onSubmit={submit}
      className="grid gap-4"
      noValidate
      aria-label={t('editLabel', { name: alloy.name })}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id('density')} label={t('densityField')} error={errors.densityGPerCm3}>
          <Input id={id('density')} name="density" inputMode="decimal" defaultValue={alloy.densityGPerCm3} />
        </Field>
        <Field
          id={id('pricePerGram')}
          label={t('pricePerGramField', { currency: format.currencySymbol() })}
          error={errors.pricePerGramCents}
        >
          <Input
            id={id('pricePerGram')}
            name="pricePerGram"
            inputMode="decimal"
            defaultValue={unitsOf(alloy.pricePerGramCents)}
          />
        </Field>
        <Field id={id('castingLoss')} label={t('castingLossField')} error={errors.castingLossPct}>
          <Input
            id={id('castingLoss')}
            name="castingLoss"
            inputMode="decimal"
            defaultValue={alloy.castingLossPct}
          />
        </Field>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">
          {t('workRates', { currency: format.currencySymbol() })}
        </legend>
        {MONEY_FIELDS.map((field) => (
          <Field key={field} id={id(field)} label={t(`fields.${field}`)} error={rateError(field)}>
            <Input
              id={id(field)}
              name={field}
              inputMode="decimal"
              defaultValue={unitsOf(alloy.workRates[field])}
            />
          </Field>
        ))}
        {FINISH_FIELDS.map((finish) => (
          <Field key={finish} id={id(finish)} label={t(`fields.${finish}`)}>
            <Input
              id={id(finish)}
              name={finish}
              inputMode="decimal"
              defaultValue={unitsOf(alloy.workRates.finishCents[finish] ?? 0)}
            />
          </Field>
        ))}
        <Field id={id('leadTimeDays')} label={t('leadTimeField')} error={errors.leadTimeDays}>
          <Input
            id={id('leadTimeDays')}
            name="leadTimeDays"
            inputMode="numeric"
            defaultValue={alloy.workRates.leadTimeDays}
          />
        </Field>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="active"
          defaultChecked={alloy.active}
          className="size-4 accent-[var(--accent)]"
        />
        {t('offered')}
      </label>
      <FormError message={errors.form ?? (errors.workRates ? t('checkRates') : null)} />
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? common('saving') : t('savePrices')}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {common('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** What a casting tree's metal to issue is computed from: wax ratio and sprue/button allowance. */
function EditCasting({ alloy }: { alloy: TAdminAlloy }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiAdmin.alloys');
  const save = useMutation(
    trpc.admin.alloys.updateCasting.mutationOptions({
      onSuccess: (saved) => {
        setErrors({});
        void queryClient.invalidateQueries({ queryKey: trpc.admin.alloys.list.queryKey() });
        toast.success(t('castingSaved', { name: saved.name }));
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      alloyId: alloy.id,
      waxRatio: decimalOf(form.get('waxRatio')),
      sprueAllowanceG: decimalOf(form.get('sprueAllowanceG')),
    });
  };
  const id = (field: string) => `${alloy.code}-${field}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-3 border-t border-border pt-4"
      aria-label={t('castingLabel', { name: alloy.name })}
    >
      <p className="text-sm font-medium">{t('castingTitle')}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id('waxRatio')} label={t('waxRatio')} error={errors.waxRatio}>
          <Input id={id('waxRatio')} name="waxRatio" inputMode="decimal" defaultValue={alloy.waxRatio} />
        </Field>
        <Field id={id('sprueAllowanceG')} label={t('sprueAllowance')} error={errors.sprueAllowanceG}>
          <Input
            id={id('sprueAllowanceG')}
            name="sprueAllowanceG"
            inputMode="decimal"
            defaultValue={alloy.sprueAllowanceG}
          />
        </Field>
      </div>
      <FormError message={errors.form} />
      <div>
        <Button type="submit" variant="outline" disabled={save.isPending}>
          {t('saveCasting')}
        </Button>
      </div>
    </form>
  );
}

/** Alloys and what prices are made from; each save is kept in the history. */
export function AlloysView() {
  const trpc = useTRPC();
  const alloys = useQuery(trpc.admin.alloys.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const t = useTranslations('uiAdmin.alloys');
  const format = useFormat();
  if (alloys.isPending) return <Skeleton className="h-64" aria-busy />;
  if (alloys.isError) {
    return <LoadFailedMessage what={t('what')} error={alloys.error} onRetry={() => alloys.refetch()} />;
  }
  return (
    <ul className="grid gap-3">
      {alloys.data.map((alloy) => (
        <li
          key={alloy.id}
          className="grid gap-3 rounded-lg border border-border bg-card p-4"
          data-testid="alloy"
          data-code={alloy.code}
        >
          <div className="grid grid-cols-2 items-center gap-x-6 gap-y-2 text-sm md:grid-cols-[minmax(16rem,2fr)_repeat(4,minmax(5rem,1fr))_auto]">
            <p className="col-span-2 font-medium md:col-span-1">
              {alloy.name} <span className="font-mono text-xs text-muted-foreground">{alloy.code}</span>
            </p>
            <span className="tabular-nums">{t('densityValue', { density: alloy.densityGPerCm3 })}</span>
            <span className="tabular-nums" data-testid="alloy-price">
              {t('perGramValue', { price: format.money(alloy.pricePerGramCents) })}
            </span>
            <span className="tabular-nums">{t('lossValue', { pct: alloy.castingLossPct })}</span>
            <span className="flex items-center gap-2 tabular-nums">
              {t('days', { count: alloy.workRates.leadTimeDays })}
              {alloy.active ? null : (
                <Badge className="border-border text-muted-foreground">{t('notOffered')}</Badge>
              )}
            </span>

            <span className="col-span-2 flex gap-2 md:col-span-1 md:justify-end">
              <Button
                size="sm"
                variant="outline"
                aria-expanded={showing === alloy.id}
                onClick={() => setShowing(showing === alloy.id ? null : alloy.id)}
              >
                {t('history')}
              </Button>
              <Button
                size="sm"
                onClick={() => setEditing(editing === alloy.id ? null : alloy.id)}
                aria-expanded={editing === alloy.id}
              >
                {t('edit')}
              </Button>
            </span>
          </div>
          <p className="text-xs text-muted-foreground" data-testid="design-rules">
            <DesignRulesLine rules={alloy.designRules} />
          </p>
          {editing === alloy.id ? (
            <>
              <EditAlloy alloy={alloy} onDone={() => setEditing(null)} />
              <EditCasting alloy={alloy} />
              <EditDesignRules alloy={alloy} />
            </>
          ) : null}
          {showing === alloy.id ? (
            <>
              <History alloyId={alloy.id} />
              <DesignRulesHistory alloyId={alloy.id} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
