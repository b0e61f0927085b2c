'use client';

import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** `offline`: the browser is offline, or the server refused the session (signed out, wrong role). */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export type RealtimeSurface = 'shop' | 'orders' | 'crm' | 'mes' | 'admin';

interface RealtimeContextValue {
  socket: RealtimeSocket | null;
  state: ConnectionState;
  /** Why the server refused the socket, when it did. */
  refusal: 'unauthorized' | 'forbidden' | null;
}

const RealtimeContext = createContext<RealtimeContextValue | null>(null);

/**
 * One Socket.io connection for the page, to the realtime server, carrying the web app's session
 * cookie (`withCredentials`). Socket.io delivers at most once: whoever shows server state must reload
 * it on every connect (see `useOnRealtimeConnect`) and treat pushes as hints ordered by version.
 */
export function RealtimeProvider({
  url,
  surface,
  children,
}: {
  /** Where browsers reach the realtime server (NEXT_PUBLIC_REALTIME_URL, passed down by a server component). */
  url: string;
  /** The surface the page belongs to: the server refuses roles that may not open it. */
  surface?: RealtimeSurface;
  children: ReactNode;
}) {
  const [value, setValue] = useState<RealtimeContextValue>({
    socket: null,
    state: 'connecting',
    refusal: null,
  });

  useEffect(() => {
    const socket: RealtimeSocket = io(url, {
      withCredentials: true,
      auth: surface ? { surface } : {},
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
    });
    const set = (state: ConnectionState, refusal: RealtimeContextValue['refusal'] = null) =>
      setValue({ socket, state, refusal });
    set('connecting');

    socket.on('connect', () => set('live'));
    socket.on('disconnect', (reason) => set(reason === 'io client disconnect' ? 'offline' : 'reconnecting'));
    socket.on('connect_error', (error) => {
      // A refusal by the server's middleware is final; a network error is retried by the client.
      if (socket.active) set(navigator.onLine ? 'reconnecting' : 'offline');
      else set('offline', error.message === 'forbidden' ? 'forbidden' : 'unauthorized');
    });
    socket.io.on('reconnect_attempt', () => set(navigator.onLine ? 'reconnecting' : 'offline'));

    const goneOffline = () => set('offline');
    const backOnline = () => {
      // A short outage may not have closed the socket at all; then nothing was missed.
      if (socket.connected) {
        set('live');
        return;
      }
      set('reconnecting');
      socket.connect();
    };
    window.addEventListener('offline', goneOffline);
    window.addEventListener('online', backOnline);
    return () => {
      window.removeEventListener('offline', goneOffline);
      window.removeEventListener('online', backOnline);
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.disconnect();
    };
  }, [url, surface]);

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): RealtimeContextValue {
  const value = useContext(RealtimeContext);
  if (!value) throw new Error('useRealtime must be used inside <RealtimeProvider>');
  return value;
}

/** Calls `handler` for every `event` pushed to this page; the latest handler is always used. */
export function useRealtimeEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: (...args: Parameters<ServerToClientEvents[E]>) => void,
): void {
  const { socket } = useRealtime();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!socket) return;
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) => latest.current(...args)) as never;
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}

/**
 * Calls `reload` on every connect and reconnect, and when the server asks for a resync: whatever was
 * pushed while the socket (or the server's Redis subscription) was away is lost, so state shown on
 * the page must be read again from the server.
 */
export function useOnRealtimeConnect(reload: (socket: RealtimeSocket) => void): void {
  const { socket } = useRealtime();
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (!socket) return;
    const listener = () => latest.current(socket);
    socket.on('connect', listener);
    socket.on('resync', listener);
    return () => {
      socket.off('connect', listener);
      socket.off('resync', listener);
    };
  }, [socket]);
}
