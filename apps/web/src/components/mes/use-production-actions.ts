'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import type { InProductionStatus } from '@facet/core/production/production-steps';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation } from '@tanstack/react-query';
import { toast } from 'sonner';
import { useTRPC } from '@/trpc/client';
import { useConsoleSync } from './console-sync';

/** The claimant's moves: the next production step, and giving the order back to the pool. */
export function useProductionActions() {
  const trpc = useTRPC();
  const { applyOwnChange } = useConsoleSync();
  const advance = useMutation(
    trpc.mes.advance.mutationOptions({
      onSuccess: (result) => {
        applyOwnChange(result);
        toast.success(STATUS_LABEL[result.status]);
      },
      onError: (error) => toast.error('That step did not go through', { description: error.message }),
    }),
  );
  const release = useMutation(
    trpc.mes.release.mutationOptions({
      onSuccess: (result) => {
        applyOwnChange({ ...result, status: 'MANUFACTURING_APPROVED' });
        toast.success('Back in the pool', { description: 'Any operator can claim it now.' });
      },
      onError: (error) => toast.error('Could not release the order', { description: error.message }),
    }),
  );
  return {
    advance: (orderId: string, from: InProductionStatus) => advance.mutate({ orderId, from }),
    release: (orderId: string, number: number) => {
      if (window.confirm(`Give ${formatOrderNumber(number)} back to the pool?`)) release.mutate({ orderId });
    },
    pendingOrderId: advance.isPending
      ? advance.variables?.orderId
      : release.isPending
        ? release.variables?.orderId
        : undefined,
  };
}
