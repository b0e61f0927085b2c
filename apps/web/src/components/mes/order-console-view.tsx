'use client';

import { minimumWallMmFor } from '@facet/core/models/minimum-wall';
import type { TConsoleOrder } from '@facet/core/production/get-console-order';
import { isInProduction } from '@facet/core/production/production-steps';
import { Button } from '@facet/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@facet/ui/card';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, Download } from 'lucide-react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useMemo, useState } from 'react';
import { toast } from 'sonner';
import { CastabilityVerdict } from '@/components/castability/castability-verdict';
import { useFormat } from '@/components/format-provider';
import { describeRingSize } from '@/components/rings/describe-ring-size';
import { StatusChip } from '@/components/status-chip';
import type { ViewerSource } from '@/components/viewer/load-model-object';
import { metalLookForCode } from '@/components/viewer/metal-looks';
import { ThicknessToggle } from '@/components/viewer/thickness-toggle';
import { useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';
import { AlloyChip } from './alloy-chip';
import { ProductionStepper } from './production-stepper';
import { RelativeTime } from './relative-time';
import { useBoardKeys } from './use-board-keys';
import { useClaimOrder } from './use-claim-order';
import { useProductionActions } from './use-production-actions';

const ModelViewer = dynamic(
  () => import('@/components/viewer/model-viewer').then((module) => module.ModelViewer),
  { ssr: false, loading: () => <Skeleton className="size-full" /> },
);

/** Timeline events that are not a status change. */
const ThicknessView = dynamic(
  () => import('@/components/viewer/thickness-view').then((module) => module.ThicknessView),
  { ssr: false },
);

const EVENT_TYPES = new Set(['casting_tree_joined', 'casting_tree_left', 'note_added']);

/** The item's light GLB preview in its alloy; it keeps still while idle, to spare the bench PC. */
function ItemPreview({ item }: { item: TConsoleOrder['items'][number] }) {
  const t = useTranslations('uiMes');
  const source = useMemo<ViewerSource>(
    () => ({ kind: 'glb', url: `/api/models/${item.model.id}/preview.glb` }),
    [item.model.id],
  );
  return (
    <ModelViewer
      source={source}
      look={metalLookForCode(item.alloyCode)}
      label={t('order.preview3d', { name: item.model.originalName })}
      sizeMm={item.model.sizeMm}
      turntable={false}
      backdrop={null}
      unavailableText={t('previewLater')}
      className="relative size-full"
    />
  );
}

/** One order on the shop floor: the model in 3D, its files, what to do next, the timeline and notes. */
export function OrderConsoleView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const query = useQuery(trpc.mes.getOrder.queryOptions({ orderId }));
  const claim = useClaimOrder();
  const actions = useProductionActions();
  const [itemIndex, setItemIndex] = useState(0);
  const [showThickness, setShowThickness] = useState(false);
  const order = query.data;
  const t = useTranslations('uiMes.order');
  const messages = useTranslations();
  const format = useFormat();

  const keysLive = useBoardKeys({
    next: () => setItemIndex((index) => Math.min((order?.items.length ?? 1) - 1, index + 1)),
    previous: () => setItemIndex((index) => Math.max(0, index - 1)),
    open: () => {},
    claim: () => {
      if (order?.actions.claim && !claim.isPending) claim.mutate({ orderId });
    },
    back: () => router.push(order && isInProduction(order.status) ? '/mes/my-work' : '/mes'),
  });

  if (query.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
        <Skeleton className="h-12 w-72" />
        <Skeleton className="h-[28rem]" />
      </div>
    );
  }
  if (query.isError || !order) {
    return (
      <EmptyState
        title={t('notOnFloor')}
        action={
          <Button asChild>
            <Link href="/mes">{t('backToPool')}</Link>
          </Button>
        }
      >
        {query.error?.message ?? t('notOnFloorText')}
      </EmptyState>
    );
  }

  const item = order.items[itemIndex] ?? order.items[0];
  const number = formatOrderNumber(order.number);
  const busy = claim.isPending || actions.pendingOrderId === order.id;

  return (
    <article
      className="grid gap-6"
      aria-labelledby="order-heading"
      data-testid="console-order"
      data-status={order.status}
    >
      <div className="flex flex-wrap items-center gap-3">
        <Button asChild variant="ghost" size="sm">
          <Link href={isInProduction(order.status) ? '/mes/my-work' : '/mes'} aria-keyshortcuts="Escape">
            <ArrowLeft aria-hidden /> {t('back')}
          </Link>
        </Button>
        <h1 id="order-heading" className="font-mono text-3xl font-semibold">
          {number}
        </h1>
        <StatusChip status={order.status} className="text-sm" />
        <AlloyChip code={order.alloyCode} />
        {order.totalCents !== null ? (
          <span className="text-2xl font-semibold tabular-nums">
            {format.money(order.totalCents, order.currency)}
          </span>
        ) : null}
      </div>

      <ClaimLine order={order} />

      <div className="flex flex-wrap gap-3">
        {order.actions.claim ? (
          <Button
            size="lg"
            className="h-14 min-w-48 text-lg font-bold"
            disabled={busy}
            onClick={() => claim.mutate({ orderId })}
            aria-keyshortcuts={keysLive ? 'c' : undefined}
          >
            {claim.isPending ? messages('card.claiming') : messages('card.claim')}
          </Button>
        ) : null}
        {order.actions.nextStep && isInProduction(order.status) ? (
          <Button
            size="lg"
            className="h-14 min-w-48 text-lg font-bold"
            disabled={busy}
            onClick={() => isInProduction(order.status) && actions.advance(order.id, order.status)}
          >
            {messages(`myWork.step.${order.status}` as 'myWork.step.PACKAGING')}
          </Button>
        ) : null}
        {order.actions.release ? (
          <Button
            size="lg"
            variant="outline"
            className="h-14"
            disabled={busy}
            onClick={() => actions.release(order.id, order.number)}
          >
            {messages('myWork.release')}
          </Button>
        ) : null}
        {order.status !== 'MANUFACTURING_APPROVED' ? <ProductionStepper status={order.status} /> : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="grid content-start gap-4">
          {item?.model.sizeMm ? (
            <ThicknessToggle pressed={showThickness} onPressedChange={setShowThickness} />
          ) : null}
          {item && showThickness ? (
            <ThicknessView
              key={item.model.id}
              glbUrl={`/api/models/${item.model.id}/preview.glb`}
              previewReady={item.model.previewGlbReady}
              thickness={item.model.thickness}
              openEdgeLoops={item.model.openEdgeLoops}
              minimumWallMm={minimumWallMmFor(item.castability)}
              alloyName={item.alloyCode}
              scale={item.scale}
              className="max-w-[34rem]"
            />
          ) : (
            <div className="aspect-square max-h-[34rem] w-full overflow-hidden rounded-xl border border-border bg-gradient-to-b from-muted to-card">
              {item ? <ItemPreview key={item.model.id} item={item} /> : null}
            </div>
          )}
          {order.items.length > 1 ? (
            <div role="tablist" aria-label={t('items')} className="flex flex-wrap gap-2">
              {order.items.map((entry, index) => (
                <Button
                  key={entry.position}
                  role="tab"
                  aria-selected={index === itemIndex}
                  variant={index === itemIndex ? 'primary' : 'outline'}
                  onClick={() => setItemIndex(index)}
                >
                  {entry.model.originalName}
                </Button>
              ))}
            </div>
          ) : null}
          {item ? <ItemDetails item={item} /> : null}
        </div>
        <div className="grid content-start gap-6">
          <Timeline order={order} />
          <Notes order={order} />
        </div>
      </div>
    </article>
  );
}

function ClaimLine({ order }: { order: TConsoleOrder }) {
  const t = useTranslations('uiMes.order');
  if (!order.claimant) {
    return order.status === 'MANUFACTURING_APPROVED' ? (
      <p className="text-lg text-muted-foreground">
        {t.rich('approvedUnclaimed', { when: () => <RelativeTime date={order.statusChangedAt} /> })}
      </p>
    ) : null;
  }
  return (
    <p className="text-lg" data-testid="claimed-by">
      {t.rich('claimedBy', { name: () => <strong>{order.claimant?.name}</strong> })}
      {order.claimedAt ? (
        <>
          {' '}
          <RelativeTime date={order.claimedAt} />
        </>
      ) : null}
    </p>
  );
}

function ItemDetails({ item }: { item: TConsoleOrder['items'][number] }) {
  const size = item.model.sizeMm;
  const t = useTranslations('uiMes.order');
  const finishes = useTranslations('configure.finishes');
  const locale = useLocale();
  const format = useFormat();
  const facts: Array<[string, string]> = [
    [
      t('file'),
      t('fileValue', {
        name: item.model.originalName,
        format: item.model.format.toUpperCase(),
        size: formatBytes(item.model.sizeBytes, t),
      }),
    ],
    [t('finish'), finishes(item.finish)],
    [t('quantity'), format.count(item.quantity)],
  ];
  if (item.ringSize !== null) facts.push([t('ringSize'), describeRingSize(item.ringSize, locale)]);
  if (item.scale !== 1) facts.push([t('scale'), t('scaleValue', { scale: item.scale })]);
  if (item.engraving) facts.push([t('engraving'), t('engravingValue', { text: item.engraving })]);
  if (size) facts.push([t('size'), size.map((mm) => format.mm(mm)).join(' × ')]);
  if (item.model.volumeMm3 !== null)
    facts.push([t('volume'), t('volumeValue', { cm3: item.model.volumeMm3 / 1000 })]);
  if (item.model.triangleCount !== null) facts.push([t('triangles'), format.count(item.model.triangleCount)]);
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle className="text-lg">{item.model.originalName}</CardTitle>
        <Button asChild variant="secondary" size="lg">
          {/* A short-lived signed link: the route redirects to it. */}
          <a href={`/api/models/${item.model.id}/download`} data-testid="download-original">
            <Download aria-hidden /> {t('download')}
          </a>
        </Button>
      </CardHeader>
      <CardContent className="grid gap-4">
        {item.castability ? (
          <div className="grid gap-2 text-base">
            <CastabilityVerdict castability={item.castability} />
            {item.castability.verdict === 'CASTABLE_WITH_RISK' ? (
              <p className="font-medium" data-testid="risk-accepted">
                {item.castabilityRiskAccepted ? t('riskAccepted') : t('riskNotAccepted')}
              </p>
            ) : null}
          </div>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-base">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}

function formatBytes(
  bytes: number,
  t: (key: 'bytes' | 'kilobytes' | 'megabytes', values: { n: number }) => string,
): string {
  if (bytes < 1024) return t('bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('kilobytes', { n: Math.round(bytes / 1024) });
  return t('megabytes', { n: bytes / 1024 / 1024 });
}

function Timeline({ order }: { order: TConsoleOrder }) {
  const t = useTranslations();
  const sayStored = useSayStored();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-lg">{t('timeline.label')}</CardTitle>
      </CardHeader>
      <CardContent>
        {order.timeline.length === 0 ? (
          <p className="text-muted-foreground">{t('uiMes.order.noEvents')}</p>
        ) : (
          <ol className="grid gap-3 border-l border-border pl-4" data-testid="timeline">
            {order.timeline.map((entry) => (
              <li key={entry.version} className="relative">
                <span
                  aria-hidden
                  className="absolute -left-[1.3rem] top-1.5 size-2.5 rounded-full bg-primary"
                />
                <p className="font-medium">
                  {(entry.type === 'status_changed' || entry.type === 'created') && entry.toStatus
                    ? t(`status.${entry.toStatus}`)
                    : EVENT_TYPES.has(entry.type)
                      ? t(`timeline.${entry.type}` as 'timeline.note_added')
                      : entry.type.replaceAll('_', ' ')}
                </p>
                <p className="text-sm text-muted-foreground">
                  {entry.actorName} · <RelativeTime date={entry.at} />
                </p>
                {entry.reason ? (
                  <p className="text-sm">“{sayStored(entry.reasonMessage, entry.reason)}”</p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}

function Notes({ order }: { order: TConsoleOrder }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const t = useTranslations('uiMes.order');
  const addNote = useMutation(
    trpc.mes.addNote.mutationOptions({
      onSuccess: () => {
        setBody('');
        void queryClient.invalidateQueries({ queryKey: trpc.mes.getOrder.queryKey({ orderId: order.id }) });
      },
      onError: (error) => toast.error(t('noteFailed'), { description: error.message }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) addNote.mutate({ orderId: order.id, body });
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-lg">{t('notes')}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {order.notes.length === 0 ? (
          <p className="text-muted-foreground">{t('noNotes')}</p>
        ) : (
          <ul className="grid gap-3" data-testid="notes">
            {order.notes.map((note) => (
              <li key={note.id} className="rounded-lg bg-muted p-3">
                <p className="whitespace-pre-wrap">{note.body}</p>
                <p className="mt-1 text-sm text-muted-foreground">
                  {note.authorName} · <RelativeTime date={note.createdAt} />
                </p>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={submit} className="grid gap-2">
          <label htmlFor="note-body" className="text-sm font-medium">
            {t('addNoteLabel')}
          </label>
          <textarea
            id="note-body"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            maxLength={2_000}
            rows={3}
            placeholder={t('notePlaceholder')}
            className="rounded-md border border-input bg-background p-3 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <Button type="submit" disabled={addNote.isPending || !body.trim()} className="justify-self-start">
            {addNote.isPending ? t('saving') : t('addNote')}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
