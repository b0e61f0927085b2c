import { actorForUser } from '@facet/auth/session-user';
import { getSystemHealth } from '@facet/core/admin/get-system-health';
import { Button } from '@facet/ui/button';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { HealthTiles } from '@/components/admin/health-tiles';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getDb } from '@/server/db';
import { systemProbes } from './system-probes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('health') };
}

export default async function AdminHealthPage() {
  const user = await requireSurface('admin', '/admin');
  const t = await getTranslations('health');
  const health = await getSystemHealth(getDb(), actorForUser(user), systemProbes());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title={t('title')}
          description={t('description')}
          actions={
            <Button asChild variant="outline">
              {/* A route handler, not a page: a plain link loads it in full. */}
              <a href="/admin/queues">{t('queues')}</a>
            </Button>
          }
        />
        <HealthTiles health={health} />
        <AutoRefresh everyMs={10_000} />
      </div>
    </AppShell>
  );
}
