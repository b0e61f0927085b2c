import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { NewClientOrder } from '@/components/crm/new-client-order';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'New order for a client' };

export default async function NewClientOrderPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSurface('crm', `/crm/clients/${clientId}/new-order`);
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title="New order" />
        <NewClientOrder clientId={clientId} />
      </div>
    </AppShell>
  );
}
