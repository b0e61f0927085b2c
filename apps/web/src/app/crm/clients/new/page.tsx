import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { ClientForm } from '@/components/crm/client-form';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'New client' };

export default async function NewClientPage() {
  const user = await requireSurface('crm', '/crm/clients/new');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="New client"
          description="A person or a company; a company can become an API partner later."
        />
        <ClientForm />
      </div>
    </AppShell>
  );
}
