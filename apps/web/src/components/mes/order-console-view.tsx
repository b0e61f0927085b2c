'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import type { TConsoleOrder } from '@facet/core/production/get-console-order';
import { isInProduction } from '@facet/core/production/production-steps';
import { Button } from '@facet/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@facet/ui/card';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatMm, formatMoney, formatOrderNumber } from '@facet/ui/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, Download } from 'lucide-react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { StatusChip } from '@/components/status-chip';
import { useTRPC } from '@/trpc/client';
import { AlloyChip } from './alloy-chip';
import { ProductionStepper } from './production-stepper';
import { RelativeTime } from './relative-time';
import { useBoardKeys } from './use-board-keys';
import { useClaimOrder } from './use-claim-order';
import { useProductionActions } from './use-production-actions';

const ModelViewer = dynamic(() => import('./model-viewer').then((module) => module.ModelViewer), {
  ssr: false,
  loading: () => <Skeleton className="size-full" />,
});

/** One order on the shop floor: the model in 3D, its files, what to do next, the timeline and notes. */
export function OrderConsoleView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const query = useQuery(trpc.mes.order.queryOptions({ orderId }));
  const claim = useClaimOrder();
  const actions = useProductionActions();
  const [itemIndex, setItemIndex] = useState(0);
  const order = query.data;

  useBoardKeys({
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
        title="This order is not on the shop floor"
        action={
          <Button asChild>
            <Link href="/mes">Back to the pool</Link>
          </Button>
        }
      >
        {query.error?.message ?? 'It may have been cancelled or put on hold.'}
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
            <ArrowLeft aria-hidden /> Back
          </Link>
        </Button>
        <h1 id="order-heading" className="font-mono text-3xl font-semibold">
          {number}
        </h1>
        <StatusChip status={order.status} className="text-sm" />
        <AlloyChip code={order.alloyCode} />
        {order.totalCents !== null ? (
          <span className="text-2xl font-semibold tabular-nums">
            {formatMoney(order.totalCents, order.currency)}
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
            aria-keyshortcuts="c"
          >
            {claim.isPending ? 'Claiming…' : 'Claim'}
          </Button>
        ) : null}
        {order.actions.nextStep && isInProduction(order.status) ? (
          <Button
            size="lg"
            className="h-14 min-w-48 text-lg font-bold"
            disabled={busy}
            onClick={() => isInProduction(order.status) && actions.advance(order.id, order.status)}
          >
            {order.actions.nextStep.label}
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
            Release to the pool
          </Button>
        ) : null}
        {order.status !== 'MANUFACTURING_APPROVED' ? <ProductionStepper status={order.status} /> : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="grid content-start gap-4">
          <div className="aspect-square max-h-[34rem] w-full overflow-hidden rounded-xl border border-border bg-gradient-to-b from-muted to-card">
            {item ? <ModelViewer modelId={item.model.id} alloyCode={item.alloyCode} /> : null}
          </div>
          {order.items.length > 1 ? (
            <div role="tablist" aria-label="Items" className="flex flex-wrap gap-2">
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
  if (!order.claimant) {
    return order.status === 'MANUFACTURING_APPROVED' ? (
      <p className="text-lg text-muted-foreground">
        Approved <RelativeTime date={order.statusChangedAt} />; nobody has claimed it yet.
      </p>
    ) : null;
  }
  return (
    <p className="text-lg" data-testid="claimed-by">
      Claimed by <strong>{order.claimant.name}</strong>
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
  const facts: Array<[string, string]> = [
    [
      'File',
      `${item.model.originalName} (${item.model.format.toUpperCase()}, ${formatBytes(item.model.sizeBytes)})`,
    ],
    ['Finish', item.finish.charAt(0).toUpperCase() + item.finish.slice(1)],
    ['Quantity', String(item.quantity)],
  ];
  if (item.ringSize !== null) facts.push(['Ring size', formatMm(item.ringSize)]);
  if (item.scale !== 1) facts.push(['Scale', `${item.scale}×`]);
  if (item.engraving) facts.push(['Engraving', `“${item.engraving}”`]);
  if (size) facts.push(['Size', size.map((mm) => formatMm(mm)).join(' × ')]);
  if (item.model.volumeMm3 !== null)
    facts.push(['Volume', `${(item.model.volumeMm3 / 1000).toFixed(2)} cm³`]);
  if (item.model.triangleCount !== null)
    facts.push(['Triangles', item.model.triangleCount.toLocaleString('en-IE')]);
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle className="text-lg">{item.model.originalName}</CardTitle>
        <Button asChild variant="secondary" size="lg">
          {/* A short-lived signed link: the route redirects to it. */}
          <a href={`/api/models/${item.model.id}/download`} data-testid="download-original">
            <Download aria-hidden /> Download original
          </a>
        </Button>
      </CardHeader>
      <CardContent>
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

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Timeline({ order }: { order: TConsoleOrder }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-lg">Timeline</CardTitle>
      </CardHeader>
      <CardContent>
        {order.timeline.length === 0 ? (
          <p className="text-muted-foreground">No events recorded yet.</p>
        ) : (
          <ol className="grid gap-3 border-l border-border pl-4" data-testid="timeline">
            {order.timeline.map((entry) => (
              <li key={entry.version} className="relative">
                <span
                  aria-hidden
                  className="absolute -left-[1.3rem] top-1.5 size-2.5 rounded-full bg-primary"
                />
                <p className="font-medium">
                  {entry.toStatus ? STATUS_LABEL[entry.toStatus] : entry.type.replaceAll('_', ' ')}
                </p>
                <p className="text-sm text-muted-foreground">
                  {entry.actorName} · <RelativeTime date={entry.at} />
                </p>
                {entry.reason ? <p className="text-sm">“{entry.reason}”</p> : null}
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
  const addNote = useMutation(
    trpc.mes.addNote.mutationOptions({
      onSuccess: () => {
        setBody('');
        void queryClient.invalidateQueries({ queryKey: trpc.mes.order.queryKey({ orderId: order.id }) });
      },
      onError: (error) => toast.error('The note was not saved', { description: error.message }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) addNote.mutate({ orderId: order.id, body });
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-lg">Workshop notes</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {order.notes.length === 0 ? (
          <p className="text-muted-foreground">
            No notes yet. Notes stay in the workshop; customers never see them.
          </p>
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
            Add a note
          </label>
          <textarea
            id="note-body"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            maxLength={2_000}
            rows={3}
            placeholder="e.g. sprue on the inside of the band, polish by hand"
            className="rounded-md border border-input bg-background p-3 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <Button type="submit" disabled={addNote.isPending || !body.trim()} className="justify-self-start">
            {addNote.isPending ? 'Saving…' : 'Add note'}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
