import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ApprovalRulesView } from '@/components/crm/approval-rules-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_rules') };
}

export default async function ApprovalRulesPage() {
  const user = await requireSurface('crm', '/crm/rules');
  const tp = await getTranslations('pages');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('crm_rules_title')} description={tp('crm_rules_description')} />
        <ApprovalRulesView />
      </div>
    </AppShell>
  );
}
