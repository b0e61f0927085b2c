'use client';

import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { useTRPC } from '@/trpc/client';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Follows one order live: on every (re)connect it reloads the order from the server, then it
 * reloads again whenever a newer version is pushed. Pushes are hints; the database is the truth.
 */
export function useOrderLive(orderId: string, currentVersion: number | undefined): LiveState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const version = useRef(currentVersion ?? 0);
  version.current = currentVersion ?? version.current;

  useEffect(() => {
    const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.orders.byId.queryKey({ orderId }) });
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(
      process.env.NEXT_PUBLIC_REALTIME_URL ?? '',
      {
        withCredentials: true,
        transports: ['websocket', 'polling'],
      },
    );
    socket.on('connect', () => {
      setState('live');
      socket.emit('order:watch', orderId, () => {});
      void refresh();
    });
    socket.on('disconnect', () => setState('reconnecting'));
    socket.on('resync', () => void refresh());
    socket.on('order:changed', (event) => {
      if (event.orderId === orderId && event.version > version.current) void refresh();
    });
    socket.on('model:preview-ready', (event) => {
      if (event.orderIds.includes(orderId)) void refresh();
    });
    return () => {
      socket.disconnect();
    };
  }, [orderId, queryClient, trpc]);

  return state;
}
