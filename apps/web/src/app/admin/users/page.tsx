import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UsersView } from '@/components/admin/users-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('admin_users') };
}

export default async function UsersPage() {
  const user = await requireSurface('admin', '/admin/users');
  const tp = await getTranslations('pages');
  await getQueryClient().prefetchQuery(trpc.admin.users.list.queryOptions({}));
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('admin_users_title')} description={tp('admin_users_description')} />
        <HydrateClient>
          <UsersView currentUserId={user.id} />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
