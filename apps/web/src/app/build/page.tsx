import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { BuildWorkbench } from '@/components/build/build-workbench';
import { requireSurface } from '@/server/auth';
import { loadBuildAlloys } from './load-build-alloys';
import { loadStonePrices } from './load-stone-prices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('build') };
}

export default async function BuildPage() {
  const user = await requireSurface('orders', '/build');
  const t = await getTranslations('uiBuild');
  const [alloys, stonePrices] = await Promise.all([loadBuildAlloys(), loadStonePrices()]);
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <div>
          <h1 className="text-3xl md:text-4xl">{t('title')}</h1>
          <p className="text-muted-foreground">{t('lead')}</p>
        </div>
        <BuildWorkbench alloys={alloys} stonePrices={stonePrices} />
      </div>
    </AppShell>
  );
}
