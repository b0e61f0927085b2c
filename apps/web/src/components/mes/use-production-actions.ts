'use client';

import type { InProductionStatus } from '@facet/core/production/production-steps';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useTRPC } from '@/trpc/client';
import { useConsoleSync } from './console-sync';

/** The claimant's moves: the next production step, and giving the order back to the pool. */
export function useProductionActions() {
  const trpc = useTRPC();
  const { applyOwnChange } = useConsoleSync();
  const t = useTranslations();
  const advance = useMutation(
    trpc.mes.advance.mutationOptions({
      onSuccess: (result) => {
        applyOwnChange(result);
        toast.success(t(`status.${result.status}`));
      },
      onError: (error) => toast.error(t('uiMes.actions.stepFailed'), { description: error.message }),
    }),
  );
  const release = useMutation(
    trpc.mes.release.mutationOptions({
      onSuccess: (result) => {
        applyOwnChange({ ...result, status: 'MANUFACTURING_APPROVED' });
        toast.success(t('uiMes.actions.backInPool'), { description: t('uiMes.actions.backInPoolText') });
      },
      onError: (error) => toast.error(t('uiMes.actions.releaseFailed'), { description: error.message }),
    }),
  );
  return {
    advance: (orderId: string, from: InProductionStatus) => advance.mutate({ orderId, from }),
    release: (orderId: string, number: number) => {
      if (window.confirm(t('uiMes.actions.confirmRelease', { number: formatOrderNumber(number) })))
        release.mutate({ orderId });
    },
    pendingOrderId: advance.isPending
      ? advance.variables?.orderId
      : release.isPending
        ? release.variables?.orderId
        : undefined,
  };
}
