import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { EditClientForm } from '@/components/crm/client-form';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_clients_clientId_edit') };
}

export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSurface('crm', `/crm/clients/${clientId}/edit`);
  const tp = await getTranslations('pages');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('crm_clients_clientId_edit_title')} />
        <EditClientForm clientId={clientId} />
      </div>
    </AppShell>
  );
}
