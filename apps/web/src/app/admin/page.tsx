import { actorForUser } from '@facet/auth/session-user';
import { getSystemHealth } from '@facet/core/admin/get-system-health';
import { Button } from '@facet/ui/button';
import type { Metadata } from 'next';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { HealthTiles } from '@/components/admin/health-tiles';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getDb } from '@/server/db';
import { systemProbes } from './system-probes';

export const metadata: Metadata = { title: 'System health' };

export default async function AdminHealthPage() {
  const user = await requireSurface('admin', '/admin');
  const health = await getSystemHealth(getDb(), actorForUser(user), systemProbes());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="System health"
          description="Refreshed every 10 seconds. Amber means look soon; red means something is down."
          actions={
            <Button asChild variant="outline">
              {/* A route handler, not a page: a plain link loads it in full. */}
              <a href="/admin/queues">Open the queue dashboard</a>
            </Button>
          }
        />
        <HealthTiles health={health} />
        <AutoRefresh everyMs={10_000} />
      </div>
    </AppShell>
  );
}
