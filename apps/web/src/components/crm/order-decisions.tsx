'use client';

import { nextStatuses } from '@facet/core/orders/transitions';
import type { OrderStatus } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';
import { ReasonDialog } from './reason-dialog';

export type Decision = 'approve' | 'hold' | 'resume' | 'cancel' | 'reject' | 'close';

/** The decisions that ask for a reason first; their dialog's words are `crmUi.decisions.<decision>.*`. */
const NEEDS_REASON = ['hold', 'cancel', 'reject'] as const;
type ReasonedDecision = (typeof NEEDS_REASON)[number];

function needsReason(decision: Decision): decision is ReasonedDecision {
  return (NEEDS_REASON as readonly string[]).includes(decision);
}

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

function messageOf(error: unknown, somethingWentWrong: string): string {
  return error instanceof TRPCClientError ? error.message : somethingWentWrong;
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
  const t = useTranslations('crmUi');
  const [asking, setAsking] = useState<ReasonedDecision | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const label = formatOrderNumber(order.number);

  const done = async (message: string) => {
    toast.success(message);
    setAsking(null);
    // The CRM's lists, figures and this order's page (`crm.orders.get`).
    await queryClient.invalidateQueries(trpc.crm.pathFilter());
  };
  const somethingWentWrong = t('common.somethingWrong');
  const failedWith = (message: string) => toast.error(t('decisions.failed', { number: label, message }));
  const failed = (error: unknown) => failedWith(messageOf(error, somethingWentWrong));
  const failedWithReason = (error: unknown) => {
    const errors = fieldErrorsOf(error, somethingWentWrong);
    setReasonError(errors.reason ?? errors.form ?? messageOf(error, somethingWentWrong));
  };

  const approve = useMutation(
    trpc.crm.orders.approve.mutationOptions({
      onSuccess: (result) =>
        result.approved.length > 0
          ? done(t('decisions.approved', { number: label }))
          : failedWith(result.refused[0]?.reason ?? t('decisions.notApproved')),
      onError: failed,
    }),
  );
  const resume = useMutation(
    trpc.crm.orders.resume.mutationOptions({
      onSuccess: () => done(t('decisions.resumed', { number: label })),
      onError: failed,
    }),
  );
  const close = useMutation(
    trpc.crm.orders.close.mutationOptions({
      onSuccess: () => done(t('decisions.closed', { number: label })),
      onError: failed,
    }),
  );
  const hold = useMutation(
    trpc.crm.orders.hold.mutationOptions({
      onSuccess: () => done(t('decisions.onHold', { number: label })),
      onError: failedWithReason,
    }),
  );
  const cancel = useMutation(
    trpc.crm.orders.cancel.mutationOptions({
      onSuccess: () => done(t('decisions.cancelled', { number: label })),
      onError: failedWithReason,
    }),
  );
  const reject = useMutation(
    trpc.crm.orders.reject.mutationOptions({
      onSuccess: () => done(t('decisions.rejected', { number: label })),
      onError: failedWithReason,
    }),
  );
  const pending = [approve, resume, close, hold, cancel, reject].some((mutation) => mutation.isPending);

  const run = (decision: Decision) => {
    setReasonError(null);
    if (needsReason(decision)) return setAsking(decision);
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
          aria-label={t('decisions.labelFor', { decision: t(`decisions.label.${decision}`), number: label })}
        >
          {t(`decisions.label.${decision}`)}
        </Button>
      ))}
      <ReasonDialog
        open={asking !== null}
        title={asking ? t(`decisions.${asking}.title`, { number: label }) : ''}
        description={asking ? t(`decisions.${asking}.description`) : ''}
        confirmLabel={asking ? t(`decisions.${asking}.confirm`) : t('decisions.confirm')}
        destructive={asking === 'cancel' || asking === 'reject'}
        pending={pending}
        error={reasonError}
        onConfirm={confirm}
        onClose={() => setAsking(null)}
      />
    </div>
  );
}
