import { Button } from '@facet/ui/button';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AppShell } from '@/components/app-shell';
import { ClientsView } from '@/components/crm/clients-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Clients' };

export default async function ClientsPage() {
  const user = await requireSurface('crm', '/crm/clients');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="Clients"
          description="People and companies you make jewellery for."
          actions={
            <Button asChild>
              <Link href="/crm/clients/new">Add a client</Link>
            </Button>
          }
        />
        <Suspense>
          <ClientsView />
        </Suspense>
      </div>
    </AppShell>
  );
}
