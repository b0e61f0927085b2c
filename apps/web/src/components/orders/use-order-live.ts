'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import {
  type ConnectionState,
  useOnRealtimeConnect,
  useRealtime,
  useRealtimeEvent,
} from '@/realtime/realtime-provider';
import { useTRPC } from '@/trpc/client';

/**
 * Follows one order live over the page's realtime connection: on every (re)connect and resync it
 * watches the order and reloads it, then reloads again whenever a newer version is pushed. Pushes
 * are hints; the database is the truth.
 */
export function useOrderLive(orderId: string, currentVersion: number | undefined): ConnectionState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { state } = useRealtime();
  const version = useRef(currentVersion ?? 0);
  version.current = currentVersion ?? version.current;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.shop.orders.get.queryKey({ orderId }) });

  useOnRealtimeConnect((socket) => {
    socket.emit('order:watch', orderId, () => {});
    void refresh();
  });
  useRealtimeEvent('order:changed', (event) => {
    if (event.orderId === orderId && event.version > version.current) void refresh();
  });
  useRealtimeEvent('model:preview-ready', (event) => {
    if (event.orderIds.includes(orderId)) void refresh();
  });
  return state;
}
