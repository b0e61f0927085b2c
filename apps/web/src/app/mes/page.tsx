import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { StatusCounts } from '@/components/status-counts';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Console' };

export default async function MesHome() {
  const user = await requireSurface('mes', '/mes');
  return (
    <AppShell user={user} theme="dark" wide>
      <div className="grid gap-8">
        <div>
          <h1 className="text-3xl font-semibold">Production console</h1>
          <p className="text-muted-foreground">Approved orders waiting for an operator, newest first.</p>
        </div>
        <StatusCounts />
      </div>
    </AppShell>
  );
}
