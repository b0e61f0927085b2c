import { canOpenSurface } from '@facet/auth/roles';
import type { ReactNode } from 'react';
import { ConsoleSync } from '@/components/mes/console-sync';
import { env } from '@/env';
import { RealtimeProvider } from '@/realtime/realtime-provider';
import { getSessionUser } from '@/server/auth';

/**
 * One realtime connection for all the console's pages, so moving between the pool, My work and an
 * order keeps it. Each page checks the session itself.
 */
export default async function MesLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user || !canOpenSurface(user.role, 'mes')) return children;
  return (
    <RealtimeProvider url={env().NEXT_PUBLIC_REALTIME_URL} surface="mes">
      <ConsoleSync userId={user.id}>{children}</ConsoleSync>
    </RealtimeProvider>
  );
}
