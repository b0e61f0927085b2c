import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { ApprovalRulesView } from '@/components/crm/approval-rules-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Approval rules' };

export default async function ApprovalRulesPage() {
  const user = await requireSurface('crm', '/crm/rules');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="Approval rules"
          description="Priced orders a rule covers go straight to production; the timeline names the rule."
        />
        <ApprovalRulesView />
      </div>
    </AppShell>
  );
}
