'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';
import { AlloyChip } from './alloy-chip';
import { RelativeTime } from './relative-time';

/** The operator's trees (open ones first) and, for operators, a form to start one on a flask. */
export function TreesBoard({ canBuild }: { canBuild: boolean }) {
  const trpc = useTRPC();
  const trees = useQuery(trpc.mes.listTrees.queryOptions());
  const t = useTranslations('uiMes.trees');
  const { grams: formatGrams } = useFormat();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_24rem] lg:items-start">
      <section aria-labelledby="trees-heading" className="grid gap-3">
        <h2 id="trees-heading" className="text-lg font-semibold">
          {canBuild ? t('mine') : t('onTheFloor')}
        </h2>
        {trees.isPending ? (
          <div className="grid gap-3" aria-busy>
            {[0, 1].map((i) => (
              <Skeleton key={i} className="h-24 rounded-xl" />
            ))}
          </div>
        ) : trees.isError ? (
          <LoadFailedMessage what={t('what')} error={trees.error} onRetry={() => trees.refetch()} />
        ) : trees.data.length === 0 ? (
          <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
        ) : (
          <ul className="grid gap-3" data-testid="trees-list">
            {trees.data.map((tree) => (
              <li key={tree.id}>
                <Link
                  href={`/mes/trees/${tree.id}`}
                  data-testid="tree-row"
                  className="grid gap-2 rounded-xl border border-border bg-card p-4 hover:border-foreground/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:grid-cols-[1fr_auto] sm:items-center"
                >
                  <div className="flex flex-wrap items-center gap-3">
                    <span className="text-xl font-semibold">{t('flask', { number: tree.flaskNumber })}</span>
                    <AlloyChip code={tree.alloyCode} />
                    <span className="rounded-full bg-muted px-2 py-0.5 text-sm">
                      {tree.status === 'OPEN' ? t('open') : t('cast')}
                    </span>
                    <span className="text-muted-foreground">
                      {t('orders', { count: tree.orderCount })}
                      {canBuild ? null : ` · ${tree.operatorName}`}
                    </span>
                  </div>
                  <div className="text-sm text-muted-foreground sm:text-right">
                    {tree.status === 'CAST' && tree.lossG !== null ? (
                      <span>{t('loss', { grams: formatGrams(tree.lossG) })}</span>
                    ) : tree.metalToIssueG !== null ? (
                      <span>{t('metalToIssue', { grams: formatGrams(tree.metalToIssueG) })}</span>
                    ) : (
                      <span>{t('waxNotWeighed')}</span>
                    )}
                    <span className="block">
                      {tree.castAt ? t('castAgo') : t('startedAgo')}{' '}
                      <RelativeTime date={tree.castAt ?? tree.createdAt} />
                    </span>
                  </div>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canBuild ? <NewTreeForm /> : null}
    </div>
  );
}

/** A flask number, the alloy, and the claimed orders of that alloy still to be cast. */
function NewTreeForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const alloys = useQuery(trpc.shop.catalog.listAlloys.queryOptions());
  const myWork = useQuery(trpc.mes.listMyWork.queryOptions());
  const [alloyCode, setAlloyCode] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiMes.trees');
  const create = useMutation(
    trpc.mes.createTree.mutationOptions({
      onSuccess: (tree) => {
        void queryClient.invalidateQueries({ queryKey: trpc.mes.listTrees.queryKey() });
        toast.success(t('started', { number: tree.flaskNumber }));
        router.push(`/mes/trees/${tree.id}`);
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const candidates = (myWork.data ?? []).filter(
    (card) => card.status === 'MANUFACTURING_STARTED' && (alloyCode === '' || card.alloyCode === alloyCode),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const flask = Number(form.get('flaskNumber'));
    const found: Record<string, string> = {};
    if (!Number.isInteger(flask) || flask < 1) found.flaskNumber = t('flaskNumberError');
    if (!alloyCode) found.alloyCode = t('alloyError');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({ flaskNumber: flask, alloyCode, orderIds: [...chosen] });
  };

  return (
    <section aria-labelledby="new-tree" className="grid gap-4 rounded-xl border border-border bg-card p-4">
      <h2 id="new-tree" className="text-lg font-semibold">
        {t('startTitle')}
      </h2>
      <form className="grid gap-4" onSubmit={submit} noValidate>
        <Field id="flaskNumber" label={t('flaskNumber')} error={errors.flaskNumber}>
          <Input
            id="flaskNumber"
            name="flaskNumber"
            inputMode="numeric"
            className="h-12 text-lg"
            aria-invalid={Boolean(errors.flaskNumber)}
            aria-describedby={errors.flaskNumber ? 'flaskNumber-error' : undefined}
          />
        </Field>
        <Field id="alloyCode" label={t('alloy')} error={errors.alloyCode}>
          <select
            id="alloyCode"
            value={alloyCode}
            onChange={(event) => {
              setAlloyCode(event.target.value);
              setChosen(new Set());
            }}
            aria-invalid={Boolean(errors.alloyCode)}
            className="h-12 rounded-md border border-input bg-background px-3 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <option value="">{t('chooseAlloy')}</option>
            {(alloys.data ?? []).map((alloy) => (
              <option key={alloy.code} value={alloy.code}>
                {alloy.name}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">{t('claimedToPut')}</legend>
          {alloyCode === '' ? (
            <p className="text-sm text-muted-foreground">{t('chooseAlloyFirst')}</p>
          ) : myWork.isPending ? (
            <Skeleton className="h-12" />
          ) : candidates.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('noneWaiting')}</p>
          ) : (
            candidates.map((card) => (
              <label
                key={card.id}
                className="flex min-h-12 items-center gap-3 rounded-lg border border-border px-3"
                data-testid="tree-candidate"
              >
                <input
                  type="checkbox"
                  className="size-5"
                  checked={chosen.has(card.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(card.id);
                    else next.delete(card.id);
                    setChosen(next);
                  }}
                />
                <span className="font-mono font-semibold">{formatOrderNumber(card.number)}</span>
                <span className="truncate text-sm text-muted-foreground">{card.items[0]?.modelName}</span>
              </label>
            ))
          )}
        </fieldset>
        {errors.form ? (
          <p role="alert" className="text-sm text-destructive">
            {errors.form}
          </p>
        ) : null}
        <Button type="submit" size="lg" className="h-14 text-base font-bold" disabled={create.isPending}>
          {t('startButton')}
        </Button>
      </form>
    </section>
  );
}
