import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { StatusCounts } from '@/components/status-counts';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminHome() {
  const user = await requireSurface('admin', '/admin');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-8">
        <div>
          <h1 className="text-3xl">Administration</h1>
          <p className="text-muted-foreground">
            People, alloys and prices, queues and the health of the system.
          </p>
        </div>
        <StatusCounts />
      </div>
    </AppShell>
  );
}
