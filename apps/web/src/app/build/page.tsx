import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { BuildWorkbench } from '@/components/build/build-workbench';
import { requireSurface } from '@/server/auth';
import { loadBuildAlloys } from './load-build-alloys';

export const metadata: Metadata = { title: 'Build a piece' };

export default async function BuildPage() {
  const user = await requireSurface('orders', '/build');
  const alloys = await loadBuildAlloys();
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <div>
          <h1 className="text-3xl md:text-4xl">Build your piece</h1>
          <p className="text-muted-foreground">
            A ring or a pendant from our parts: choose each detail, see it at once, with its price.
          </p>
        </div>
        <BuildWorkbench alloys={alloys} />
      </div>
    </AppShell>
  );
}
