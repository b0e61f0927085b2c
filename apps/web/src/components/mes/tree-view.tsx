'use client';

import type { TCastingTree } from '@facet/core/casting/casting-tree-dto';
import { castingLoss, metalToIssue } from '@facet/core/casting/metal-accounting';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';
import { AlloyChip } from './alloy-chip';
import { RelativeTime } from './relative-time';

/** "12,5" or "12.5" → 12.5; anything else → NaN. */
const grams = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')));

/** A tree's page: its orders, the metal to issue as a big number, weighing, casting and the timeline. */
export function TreeView({ treeId }: { treeId: string }) {
  const trpc = useTRPC();
  const tree = useQuery(trpc.mes.getTree.queryOptions({ treeId }));
  const t = useTranslations('uiMes.tree');
  if (tree.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-40 rounded-xl" />
      </div>
    );
  }
  if (tree.isError)
    return <LoadFailedMessage what={t('what')} error={tree.error} onRetry={() => tree.refetch()} />;
  const data = tree.data;
  const editable = data.mine && data.status === 'OPEN';
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t('title', { number: data.flaskNumber })}</h1>
        <AlloyChip code={data.alloyCode} />
        <span className="rounded-full bg-muted px-3 py-1 text-sm" data-testid="tree-status">
          {data.status === 'OPEN' ? t('open') : t('cast')}
        </span>
        <span className="text-muted-foreground">{t('by', { name: data.operatorName })}</span>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_26rem] lg:items-start">
        <div className="grid gap-6">
          <MetalPanel tree={data} />
          <TreeOrders tree={data} editable={editable} />
          {editable ? <AddOrders tree={data} /> : null}
        </div>
        <div className="grid gap-6">
          {editable ? <WeighWaxForm tree={data} /> : null}
          {editable && data.metalToIssueG !== null ? <CastForm tree={data} /> : null}
          <TreeTimeline tree={data} />
        </div>
      </div>
    </div>
  );
}

function useTreeUpdate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (tree: TCastingTree) => {
    queryClient.setQueryData(trpc.mes.getTree.queryKey({ treeId: tree.id }), tree);
    void queryClient.invalidateQueries({ queryKey: trpc.mes.listTrees.queryKey() });
  };
}

function MetalPanel({ tree }: { tree: TCastingTree }) {
  const t = useTranslations('uiMes.tree');
  const { grams: formatGrams, money: formatMoney } = useFormat();
  if (tree.status === 'CAST') {
    return (
      <section aria-label={t('metal')} className="grid gap-3 rounded-xl border border-border bg-card p-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Figure label={t('metalIssued')} value={formatGrams(tree.metalIssuedG ?? 0)} testId="tree-issued" />
          <Figure
            label={t('returned')}
            value={formatGrams(
              (tree.returnedPiecesG ?? 0) + (tree.returnedButtonG ?? 0) + (tree.returnedScrapG ?? 0),
            )}
            hint={t('returnedHint', {
              pieces: formatGrams(tree.returnedPiecesG ?? 0),
              button: formatGrams(tree.returnedButtonG ?? 0),
              scrap: formatGrams(tree.returnedScrapG ?? 0),
            })}
          />
          <Figure
            label={t('loss')}
            value={formatGrams(tree.lossG ?? 0)}
            hint={t('lossHint', { pct: tree.lossPct ?? 0 })}
            testId="tree-loss"
            big
          />
          <Figure
            label={t('valueLost')}
            value={formatMoney(tree.lossValueCents ?? 0)}
            testId="tree-loss-value"
          />
        </dl>
        {tree.castAt ? (
          <p className="text-sm text-muted-foreground">
            {t.rich('castSummary', {
              when: () => <RelativeTime date={tree.castAt ?? tree.createdAt} />,
              wax: formatGrams(tree.waxWeightG ?? 0),
              issue: formatGrams(tree.metalToIssueG ?? 0),
            })}
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section
      aria-label={t('metalToIssue')}
      className="grid gap-1 rounded-xl border border-border bg-card p-4"
    >
      <p className="text-sm text-muted-foreground">{t('metalToIssue')}</p>
      <p className="text-5xl font-bold tabular-nums" data-testid="metal-to-issue">
        {tree.metalToIssueG !== null ? formatGrams(tree.metalToIssueG) : '—'}
      </p>
      <p className="text-sm text-muted-foreground">
        {tree.waxWeightG !== null
          ? t('formula', {
              wax: formatGrams(tree.waxWeightG),
              ratio: tree.waxRatio,
              allowance: formatGrams(tree.sprueAllowanceG),
            })
          : t('weighFirst', {
              ratio: tree.waxRatio,
              alloy: tree.alloyName,
              allowance: formatGrams(tree.sprueAllowanceG),
            })}
      </p>
    </section>
  );
}

function Figure({
  label,
  value,
  hint,
  testId,
  big,
}: {
  label: string;
  value: string;
  hint?: string;
  testId?: string;
  big?: boolean;
}) {
  return (
    <div className="grid content-start gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={cn('font-semibold tabular-nums', big ? 'text-4xl' : 'text-2xl')} data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="text-xs text-muted-foreground">{hint}</dd> : null}
    </div>
  );
}

function TreeOrders({ tree, editable }: { tree: TCastingTree; editable: boolean }) {
  const trpc = useTRPC();
  const update = useTreeUpdate();
  const t = useTranslations('uiMes.tree');
  const sayStored = useSayStored();
  const messages = useTranslations();
  const { money: formatMoney } = useFormat();
  const remove = useMutation(
    trpc.mes.removeFromTree.mutationOptions({
      onSuccess: (next) => {
        update(next);
        toast.success(t('takenOff'), { description: t('takenOffText') });
      },
      onError: (error) => toast.error(t('takeOffFailed'), { description: error.message }),
    }),
  );
  const onTree = tree.orders.filter((order) => order.removedAt === null);
  const off = tree.orders.filter((order) => order.removedAt !== null);
  return (
    <section aria-labelledby="tree-orders" className="grid gap-3">
      <h2 id="tree-orders" className="text-lg font-semibold">
        {t('onTree', { count: onTree.length })}
      </h2>
      {onTree.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-4 text-muted-foreground">
          {editable ? t('emptyEditable') : t('empty')}
        </p>
      ) : (
        <ul className="grid gap-2" data-testid="tree-orders">
          {onTree.map((order) => (
            <li
              key={order.id}
              data-testid="tree-order"
              data-order-id={order.id}
              className="flex min-h-14 flex-wrap items-center gap-3 rounded-lg border border-border bg-card px-3 py-2"
            >
              <Link
                href={`/mes/orders/${order.id}`}
                className="font-mono text-lg font-semibold hover:underline"
              >
                {formatOrderNumber(order.number)}
              </Link>
              <span className="text-sm" data-testid="tree-order-status">
                {messages(`status.${order.status}`)}
              </span>
              {order.totalCents !== null ? (
                <span className="text-sm text-muted-foreground">
                  {formatMoney(order.totalCents, order.currency)}
                </span>
              ) : null}
              {editable ? (
                <Button
                  variant="outline"
                  className="ml-auto"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ treeId: tree.id, orderId: order.id })}
                >
                  {t('takeOff')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {off.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">
            {t('takenOffList', { count: off.length })}
          </summary>
          <ul className="mt-2 grid gap-1">
            {off.map((order) => (
              <li key={`${order.id}-${order.addedAt.toISOString()}`} data-testid="tree-order-removed">
                <span className="font-mono">{formatOrderNumber(order.number)}</span> —{' '}
                {sayStored(order.removedMessage, order.removedReason)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function AddOrders({ tree }: { tree: TCastingTree }) {
  const trpc = useTRPC();
  const update = useTreeUpdate();
  const myWork = useQuery(trpc.mes.listMyWork.queryOptions());
  const t = useTranslations('uiMes.tree');
  const add = useMutation(
    trpc.mes.addToTree.mutationOptions({
      onSuccess: (next) => {
        update(next);
        toast.success(t('putOn'));
      },
      onError: (error) => toast.error(t('putOnFailed'), { description: error.message }),
    }),
  );
  const onTree = new Set(tree.orders.filter((order) => order.removedAt === null).map((order) => order.id));
  const candidates = (myWork.data ?? []).filter(
    (card) =>
      card.status === 'MANUFACTURING_STARTED' && card.alloyCode === tree.alloyCode && !onTree.has(card.id),
  );
  if (candidates.length === 0) return null;
  return (
    <section aria-labelledby="add-orders" className="grid gap-2">
      <h2 id="add-orders" className="text-lg font-semibold">
        {t('yourClaimed')}
      </h2>
      <ul className="grid gap-2">
        {candidates.map((card) => (
          <li
            key={card.id}
            className="flex min-h-14 items-center gap-3 rounded-lg border border-dashed border-border px-3 py-2"
          >
            <span className="font-mono text-lg font-semibold">{formatOrderNumber(card.number)}</span>
            <span className="truncate text-sm text-muted-foreground">{card.items[0]?.modelName}</span>
            <Button
              className="ml-auto"
              disabled={add.isPending}
              onClick={() => add.mutate({ treeId: tree.id, orderIds: [card.id] })}
            >
              {t('putOn')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WeighWaxForm({ tree }: { tree: TCastingTree }) {
  const trpc = useTRPC();
  const update = useTreeUpdate();
  const t = useTranslations('uiMes.tree');
  const { grams: formatGrams } = useFormat();
  const [wax, setWax] = useState(tree.waxWeightG !== null ? String(tree.waxWeightG) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const weigh = useMutation(
    trpc.mes.weighWax.mutationOptions({
      onSuccess: (next) => {
        update(next);
        setErrors({});
        toast.success(t('issue', { grams: formatGrams(next.metalToIssueG ?? 0) }));
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const value = grams(wax);
  const preview = Number.isFinite(value) && value > 0 ? metalToIssue(value, tree) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!(Number.isFinite(value) && value > 0)) {
      setErrors({ waxWeightG: t('waxError') });
      return;
    }
    weigh.mutate({ treeId: tree.id, waxWeightG: value });
  };
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-xl border border-border bg-card p-4">
      <h2 className="text-lg font-semibold">{t('weighTitle')}</h2>
      <Field
        id="waxWeightG"
        label={t('waxWeight')}
        error={errors.waxWeightG ?? errors.form}
        hint={preview !== null ? t('previewIssue', { grams: formatGrams(preview) }) : undefined}
      >
        <Input
          id="waxWeightG"
          inputMode="decimal"
          className="h-12 text-lg"
          value={wax}
          onChange={(event) => setWax(event.target.value)}
          aria-invalid={Boolean(errors.waxWeightG)}
        />
      </Field>
      <Button type="submit" size="lg" disabled={weigh.isPending}>
        {t('recordWax')}
      </Button>
    </form>
  );
}

const RETURN_FIELDS = ['returnedPiecesG', 'returnedButtonG', 'returnedScrapG'] as const;

function CastForm({ tree }: { tree: TCastingTree }) {
  const trpc = useTRPC();
  const update = useTreeUpdate();
  const queryClient = useQueryClient();
  const t = useTranslations('uiMes.tree');
  const { grams: formatGrams } = useFormat();
  const [values, setValues] = useState<Record<string, string>>({
    metalIssuedG: String(tree.metalToIssueG ?? ''),
    returnedPiecesG: '',
    returnedButtonG: '',
    returnedScrapG: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const cast = useMutation(
    trpc.mes.castTree.mutationOptions({
      onSuccess: (next) => {
        update(next);
        void queryClient.invalidateQueries({ queryKey: trpc.mes.listMyWork.queryKey() });
        toast.success(t('castDone', { number: next.flaskNumber }), {
          description: t('castDoneText', { count: next.orderCount, loss: formatGrams(next.lossG ?? 0) }),
        });
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const numbers = {
    metalIssuedG: grams(values.metalIssuedG ?? ''),
    returnedPiecesG: grams(values.returnedPiecesG ?? ''),
    returnedButtonG: grams(values.returnedButtonG ?? ''),
    returnedScrapG: grams(values.returnedScrapG ?? ''),
  };
  const complete = Object.values(numbers).every((n) => Number.isFinite(n) && n >= 0);
  const loss = complete
    ? castingLoss(numbers.metalIssuedG, {
        piecesG: numbers.returnedPiecesG,
        buttonG: numbers.returnedButtonG,
        scrapG: numbers.returnedScrapG,
      })
    : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const [field, n] of Object.entries(numbers)) {
      if (!(Number.isFinite(n) && n >= 0)) found[field] = t('weightError');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    cast.mutate({ treeId: tree.id, ...numbers });
  };
  const input = (field: string, label: string) => (
    <Field key={field} id={field} label={label} error={errors[field]}>
      <Input
        id={field}
        inputMode="decimal"
        className="h-12 text-lg"
        value={values[field] ?? ''}
        onChange={(event) => setValues({ ...values, [field]: event.target.value })}
        aria-invalid={Boolean(errors[field])}
      />
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-xl border border-border bg-card p-4">
      <h2 className="text-lg font-semibold">{t('castTitle')}</h2>
      {input('metalIssuedG', t('metalIssuedG'))}
      <div className="grid grid-cols-3 gap-2">{RETURN_FIELDS.map((field) => input(field, t(field)))}</div>
      <p className="text-lg" aria-live="polite" data-testid="live-loss">
        {loss ? (
          <>
            {t.rich('liveLoss', {
              grams: () => <strong className="tabular-nums">{formatGrams(loss.lossG)}</strong>,
              pct: loss.lossPct,
            })}
          </>
        ) : (
          <span className="text-muted-foreground">{t('lossAsYouType')}</span>
        )}
      </p>
      {errors.form ? (
        <p role="alert" className="text-sm text-destructive">
          {errors.form}
        </p>
      ) : null}
      <Button type="submit" size="lg" className="h-14 text-base font-bold" disabled={cast.isPending}>
        {t('castButton')}
      </Button>
    </form>
  );
}

function TreeTimeline({ tree }: { tree: TCastingTree }) {
  const t = useTranslations('timeline');
  const sayStored = useSayStored();
  return (
    <section aria-labelledby="tree-timeline" className="grid gap-3">
      <h2 id="tree-timeline" className="text-lg font-semibold">
        {t('label')}
      </h2>
      <ol className="relative grid gap-4 border-l border-border pl-6" data-testid="tree-timeline">
        {tree.events.map((event) => (
          <li key={event.id} className="relative" data-testid="tree-event" data-type={event.type}>
            <span aria-hidden className="absolute -left-[29px] top-1.5 size-2.5 rounded-full bg-accent" />
            <p>{sayStored(event.localized, event.message)}</p>
            <p className="text-sm text-muted-foreground">
              {event.actorName} · <RelativeTime date={event.createdAt} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
