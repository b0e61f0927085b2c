'use client';

import type { OrderStatus } from '@facet/db/enums';
import { formatOrderNumber } from '@facet/ui/format';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useFormat } from '@/components/format-provider';
import { useTRPC } from '@/trpc/client';
import { useConsoleSync } from './console-sync';

interface ConflictDetails {
  claimedBy?: string | null;
  claimedAt?: string | null;
  status?: OrderStatus;
  version?: number;
}

/** Claims an order: the winner sees it move to "My work"; a loser is told who was quicker, and when. */
export function useClaimOrder() {
  const trpc = useTRPC();
  const { applyOwnChange, addNotice } = useConsoleSync();
  const t = useTranslations('uiMes.claim');
  const format = useFormat();
  return useMutation(
    trpc.mes.claim.mutationOptions({
      onSuccess: (result) => {
        applyOwnChange({ orderId: result.orderId, version: result.version, status: 'MANUFACTURING_STARTED' });
        toast.success(t('yours', { number: formatOrderNumber(result.number) }), {
          description: t('yoursText'),
        });
      },
      onError: (error, input) => {
        const details = (error.data?.details ?? null) as ConflictDetails | null;
        if (error.data?.code === 'CONFLICT' && details?.claimedBy) {
          const message = details.claimedAt
            ? t('claimedByWhen', {
                name: details.claimedBy,
                when: format.relative(new Date(details.claimedAt)),
              })
            : t('claimedBy', { name: details.claimedBy });
          toast.error(message, { description: t('quicker') });
          addNotice(input.orderId, message);
        } else {
          toast.error(t('failed'), { description: error.message });
        }
        if (details?.status && details.version) {
          applyOwnChange({ orderId: input.orderId, version: details.version, status: details.status });
        }
      },
    }),
  );
}
