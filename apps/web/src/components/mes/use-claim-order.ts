'use client';

import type { OrderStatus } from '@facet/db/enums';
import { formatOrderNumber, formatRelative } from '@facet/ui/format';
import { useMutation } from '@tanstack/react-query';
import { toast } from 'sonner';
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
  return useMutation(
    trpc.mes.claim.mutationOptions({
      onSuccess: (result) => {
        applyOwnChange({ orderId: result.orderId, version: result.version, status: 'MANUFACTURING_STARTED' });
        toast.success(`${formatOrderNumber(result.number)} is yours`, {
          description: 'It is now in My work.',
        });
      },
      onError: (error, input) => {
        const details = (error.data?.details ?? null) as ConflictDetails | null;
        if (error.data?.code === 'CONFLICT' && details?.claimedBy) {
          const when = details.claimedAt ? ` ${formatRelative(new Date(details.claimedAt))}` : '';
          const message = `Claimed by ${details.claimedBy}${when}`;
          toast.error(message, { description: 'Someone was quicker: the order has left the pool.' });
          addNotice(input.orderId, message);
        } else {
          toast.error('Could not claim the order', { description: error.message });
        }
        if (details?.status && details.version) {
          applyOwnChange({ orderId: input.orderId, version: details.version, status: details.status });
        }
      },
    }),
  );
}
