import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { EditClientForm } from '@/components/crm/client-form';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Edit client' };

export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSurface('crm', `/crm/clients/${clientId}/edit`);
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title="Edit client" />
        <EditClientForm clientId={clientId} />
      </div>
    </AppShell>
  );
}
