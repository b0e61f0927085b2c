'use client';

import type { TAdminAlloy } from '@facet/core/admin/admin-alloy-dto';
import { Button } from '@facet/ui/button';
import { Badge, LoadFailed, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { formatDateTime, formatMoney } from '@facet/ui/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';

const MONEY_FIELDS = [
  ['castingBaseCents', 'Casting, per piece'],
  ['perCm2Cents', 'Finishing, per cm² of surface'],
  ['per10kTrianglesCents', 'Detail, per 10k triangles'],
  ['engravingCents', 'Engraving'],
  ['resizeCents', 'Ring resize'],
] as const;
const FINISH_FIELDS = [
  ['polished', 'Polished finish'],
  ['satin', 'Satin finish'],
  ['matte', 'Matte finish'],
] as const;

const euros = (cents: number) => (cents / 100).toFixed(2);
const cents = (value: FormDataEntryValue | null) =>
  Math.round(Number(String(value ?? '').replace(',', '.')) * 100);
const num = (value: FormDataEntryValue | null) => Number(String(value ?? '').replace(',', '.'));

function History({ alloyId }: { alloyId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.admin.alloys.history.queryOptions({ alloyId }));
  if (history.isPending) return <Skeleton className="h-16" />;
  if (history.isError) return <p className="text-sm text-destructive">{history.error.message}</p>;
  if (history.data.length === 0)
    return <p className="text-sm text-muted-foreground">Never changed since it was set up.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] text-xs">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              Saved
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              By
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              Density
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              Per gram
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              Casting loss
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Casting base
            </th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((version) => (
            <tr key={version.id} className="border-t border-border" data-testid="alloy-version">
              <td className="py-1 pr-2">{formatDateTime(version.createdAt)}</td>
              <td className="py-1 pr-2">{version.changedByName ?? 'Initial figures'}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{version.densityGPerCm3} g/cm³</td>
              <td className="py-1 pr-2 text-right tabular-nums">{formatMoney(version.pricePerGramCents)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{version.castingLossPct} %</td>
              <td className="py-1 text-right tabular-nums">
                {formatMoney(version.workRates.castingBaseCents)}
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
  const save = useMutation(
    trpc.admin.alloys.update.mutationOptions({
      onSuccess: async (saved) => {
        toast.success(`${saved.name} saved. New quotes use it; placed orders keep their prices.`);
        await queryClient.invalidateQueries(trpc.admin.alloys.pathFilter());
        await queryClient.invalidateQueries(trpc.catalog.pathFilter());
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
      densityGPerCm3: num(form.get('density')),
      pricePerGramCents: cents(form.get('pricePerGram')),
      castingLossPct: num(form.get('castingLoss')),
      active: form.get('active') === 'on',
      workRates: {
        castingBaseCents: cents(form.get('castingBaseCents')),
        perCm2Cents: cents(form.get('perCm2Cents')),
        per10kTrianglesCents: cents(form.get('per10kTrianglesCents')),
        engravingCents: cents(form.get('engravingCents')),
        resizeCents: cents(form.get('resizeCents')),
        finishCents: {
          polished: cents(form.get('polished')),
          satin: cents(form.get('satin')),
          matte: cents(form.get('matte')),
        },
        leadTimeDays: num(form.get('leadTimeDays')),
      },
    });
  };
  const id = (field: string) => `${alloy.code}-${field}`;
  const rateError = (field: string) =>
    errors[field] ?? (errors.workRates && field === 'castingBaseCents' ? errors.workRates : undefined);
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate aria-label={`Edit ${alloy.name}`}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id('density')} label="Density (g/cm³)" error={errors.densityGPerCm3}>
          <Input id={id('density')} name="density" inputMode="decimal" defaultValue={alloy.densityGPerCm3} />
        </Field>
        <Field id={id('pricePerGram')} label="Price per gram (€)" error={errors.pricePerGramCents}>
          <Input
            id={id('pricePerGram')}
            name="pricePerGram"
            inputMode="decimal"
            defaultValue={euros(alloy.pricePerGramCents)}
          />
        </Field>
        <Field id={id('castingLoss')} label="Casting loss (%)" error={errors.castingLossPct}>
          <Input
            id={id('castingLoss')}
            name="castingLoss"
            inputMode="decimal"
            defaultValue={alloy.castingLossPct}
          />
        </Field>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">Work rates (€)</legend>
        {MONEY_FIELDS.map(([field, label]) => (
          <Field key={field} id={id(field)} label={label} error={rateError(field)}>
            <Input
              id={id(field)}
              name={field}
              inputMode="decimal"
              defaultValue={euros(alloy.workRates[field])}
            />
          </Field>
        ))}
        {FINISH_FIELDS.map(([finish, label]) => (
          <Field key={finish} id={id(finish)} label={label}>
            <Input
              id={id(finish)}
              name={finish}
              inputMode="decimal"
              defaultValue={euros(alloy.workRates.finishCents[finish] ?? 0)}
            />
          </Field>
        ))}
        <Field id={id('leadTimeDays')} label="Lead time (days)" error={errors.leadTimeDays}>
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
        Offered to customers
      </label>
      {errors.form || errors.workRates ? (
        <p role="alert" className="text-sm text-destructive">
          {errors.form ?? 'Check the work rates: each must be zero or more.'}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save new prices'}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
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
  if (alloys.isPending) return <Skeleton className="h-64" aria-busy />;
  if (alloys.isError) {
    return <LoadFailed what="The alloys" error={alloys.error} onRetry={() => alloys.refetch()} />;
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
            <span className="tabular-nums">{alloy.densityGPerCm3} g/cm³</span>
            <span className="tabular-nums" data-testid="alloy-price">
              {formatMoney(alloy.pricePerGramCents)}/g
            </span>
            <span className="tabular-nums">{alloy.castingLossPct} % loss</span>
            <span className="flex items-center gap-2 tabular-nums">
              {alloy.workRates.leadTimeDays} days
              {alloy.active ? null : (
                <Badge className="border-border text-muted-foreground">Not offered</Badge>
              )}
            </span>

            <span className="col-span-2 flex gap-2 md:col-span-1 md:justify-end">
              <Button
                size="sm"
                variant="outline"
                aria-expanded={showing === alloy.id}
                onClick={() => setShowing(showing === alloy.id ? null : alloy.id)}
              >
                History
              </Button>
              <Button
                size="sm"
                onClick={() => setEditing(editing === alloy.id ? null : alloy.id)}
                aria-expanded={editing === alloy.id}
              >
                Edit
              </Button>
            </span>
          </div>
          {editing === alloy.id ? <EditAlloy alloy={alloy} onDone={() => setEditing(null)} /> : null}
          {showing === alloy.id ? <History alloyId={alloy.id} /> : null}
        </li>
      ))}
    </ul>
  );
}
