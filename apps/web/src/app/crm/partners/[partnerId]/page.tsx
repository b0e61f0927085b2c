import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { PartnerView } from '@/components/crm/partner-view';
import { requireSurface } from '@/server/auth';
import { PARTNER_OPERATIONS } from '@/server/partner-api/contract/operations';

const ROUTES = [...new Set(PARTNER_OPERATIONS.map((operation) => `/api/v1${operation.path}`))];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_partners_partnerId') };
}

export default async function PartnerPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const { partnerId } = await params;
  const user = await requireSurface('crm', `/crm/partners/${partnerId}`);
  return (
    <AppShell user={user} wide>
      <PartnerView partnerId={partnerId} routes={ROUTES} />
    </AppShell>
  );
}
