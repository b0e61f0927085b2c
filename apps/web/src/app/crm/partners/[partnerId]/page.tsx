import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { PartnerView } from '@/components/crm/partner-view';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Partner' };

export default async function PartnerPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const { partnerId } = await params;
  const user = await requireSurface('crm', `/crm/partners/${partnerId}`);
  return (
    <AppShell user={user} wide>
      <PartnerView partnerId={partnerId} />
    </AppShell>
  );
}
