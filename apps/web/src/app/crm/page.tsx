import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { StatusCounts } from '@/components/status-counts';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'CRM' };

export default async function CrmHome() {
  const user = await requireSurface('crm', '/crm');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-8">
        <div>
          <h1 className="text-3xl">Good to see you, {user.name.split(' ')[0]}</h1>
          <p className="text-muted-foreground">
            Clients, orders waiting for approval and partners, in one place.
          </p>
        </div>
        <StatusCounts />
      </div>
    </AppShell>
  );
}
