import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { UploadWorkbench } from '@/components/shop/upload-workbench';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('upload') };
}

export default async function UploadPage() {
  const user = await requireSurface('orders', '/upload');
  const t = await getTranslations('upload');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <div>
          <h1 className="text-3xl">{t('title')}</h1>
          <p className="text-muted-foreground">{t('lead')}</p>
        </div>
        <UploadWorkbench />
      </div>
    </AppShell>
  );
}
