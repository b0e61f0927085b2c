'use client';

import { nextStatuses } from '@facet/core/orders/transitions';
import type { OrderStatus } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';
import { ReasonDialog } from './reason-dialog';

export type Decision = 'approve' | 'hold' | 'resume' | 'cancel' | 'reject' | 'close';

const LABEL: Record<Decision, string> = {
  approve: 'Approve',
  hold: 'Hold',
  resume: 'Resume',
  cancel: 'Cancel',
  reject: 'Reject',
  close: 'Confirm delivery',
};

const NEEDS_REASON: Partial<Record<Decision, { title: string; description: string; confirm: string }>> = {
  hold: {
    title: 'Put the order on hold',
    description: 'Production pauses where it is. The reason shows in the order’s timeline.',
    confirm: 'Put on hold',
  },
  cancel: {
    title: 'Cancel the order',
    description: 'The client (and the partner, if any) is told, with your reason. This cannot be undone.',
    confirm: 'Cancel order',
  },
  reject: {
    title: 'Reject the order',
    description: 'Say what stops the workshop from making it, so the client can fix the model.',
    confirm: 'Reject order',
  },
};

/** The decisions the rules let a seller take on an order in this status, in the order they are shown. */
export function decisionsFor(status: OrderStatus): Decision[] {
  const next = nextStatuses(status, 'seller', null);
  const decisions: Decision[] = [];
  if (status === 'PRICE_CALCULATED' && next.includes('MANUFACTURING_APPROVED')) decisions.push('approve');
  if (status === 'ON_HOLD') decisions.push('resume');
  if (next.includes('CLOSED')) decisions.push('close');
  if (next.includes('ON_HOLD')) decisions.push('hold');
  if (next.includes('REJECTED')) decisions.push('reject');
  if (next.includes('CANCELLED')) decisions.push('cancel');
  return decisions;
}

function messageOf(error: unknown): string {
  return error instanceof TRPCClientError ? error.message : 'Something went wrong. Please try again.';
}

/** Buttons for every decision a seller may take on the order, with a reason dialog where one is needed. */
export function OrderDecisions({
  order,
  compact = false,
  className,
}: {
  order: { id: string; number: number; status: OrderStatus };
  compact?: boolean;
  className?: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Decision | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const label = formatOrderNumber(order.number);

  const done = async (message: string) => {
    toast.success(message);
    setAsking(null);
    await Promise.all([
      queryClient.invalidateQueries(trpc.crm.pathFilter()),
      queryClient.invalidateQueries(trpc.orders.pathFilter()),
    ]);
  };
  const failed = (error: unknown) => toast.error(`${label}: ${messageOf(error)}`);
  const failedWithReason = (error: unknown) => {
    const errors = fieldErrorsOf(error);
    setReasonError(errors.reason ?? errors.form ?? messageOf(error));
  };

  const approve = useMutation(
    trpc.orders.approve.mutationOptions({
      onSuccess: (result) =>
        result.approved.length > 0
          ? done(`${label} approved for production.`)
          : failed(new Error(result.refused[0]?.reason ?? 'It could not be approved.')),
      onError: failed,
    }),
  );
  const resume = useMutation(
    trpc.crm.orders.resume.mutationOptions({ onSuccess: () => done(`${label} resumed.`), onError: failed }),
  );
  const close = useMutation(
    trpc.crm.orders.close.mutationOptions({ onSuccess: () => done(`${label} closed.`), onError: failed }),
  );
  const hold = useMutation(
    trpc.crm.orders.hold.mutationOptions({
      onSuccess: () => done(`${label} is on hold.`),
      onError: failedWithReason,
    }),
  );
  const cancel = useMutation(
    trpc.crm.orders.cancel.mutationOptions({
      onSuccess: () => done(`${label} cancelled.`),
      onError: failedWithReason,
    }),
  );
  const reject = useMutation(
    trpc.crm.orders.reject.mutationOptions({
      onSuccess: () => done(`${label} rejected.`),
      onError: failedWithReason,
    }),
  );
  const pending = [approve, resume, close, hold, cancel, reject].some((mutation) => mutation.isPending);

  const run = (decision: Decision) => {
    setReasonError(null);
    if (NEEDS_REASON[decision]) return setAsking(decision);
    if (decision === 'approve') approve.mutate({ orderIds: [order.id] });
    if (decision === 'resume') resume.mutate({ orderId: order.id });
    if (decision === 'close') close.mutate({ orderId: order.id });
  };
  const confirm = (reason: string) => {
    const input = { orderId: order.id, reason };
    if (asking === 'hold') hold.mutate(input);
    if (asking === 'cancel') cancel.mutate(input);
    if (asking === 'reject') reject.mutate(input);
  };

  const decisions = decisionsFor(order.status);
  if (decisions.length === 0) return null;
  const dialog = asking ? NEEDS_REASON[asking] : undefined;
  return (
    <div className={cn('flex flex-wrap items-center gap-1.5', className)}>
      {decisions.map((decision) => (
        <Button
          key={decision}
          type="button"
          size="sm"
          variant={
            decision === 'approve'
              ? 'primary'
              : decision === 'cancel' || decision === 'reject'
                ? 'ghost'
                : 'outline'
          }
          className={cn(
            compact && 'h-7 px-2 text-xs',
            (decision === 'cancel' || decision === 'reject') && 'text-destructive',
          )}
          disabled={pending}
          onClick={() => run(decision)}
          aria-label={`${LABEL[decision]} ${label}`}
        >
          {LABEL[decision]}
        </Button>
      ))}
      <ReasonDialog
        open={Boolean(dialog)}
        title={`${dialog?.title ?? ''} ${label}`}
        description={dialog?.description ?? ''}
        confirmLabel={dialog?.confirm ?? 'Confirm'}
        destructive={asking === 'cancel' || asking === 'reject'}
        pending={pending}
        error={reasonError}
        onConfirm={confirm}
        onClose={() => setAsking(null)}
      />
    </div>
  );
}
