import type { Metadata } from 'next';
import { UsersView } from '@/components/admin/users-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const user = await requireSurface('admin', '/admin/users');
  void getQueryClient().prefetchQuery(trpc.admin.users.list.queryOptions({}));
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="Users"
          description="Who can sign in, and as what. Changing a role or disabling an account ends that person’s sessions at once."
        />
        <HydrateClient>
          <UsersView currentUserId={user.id} />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
