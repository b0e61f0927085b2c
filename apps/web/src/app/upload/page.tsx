import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { UploadWorkbench } from '@/components/shop/upload-workbench';
import { env } from '@/env';
import { RealtimeProvider } from '@/realtime/realtime-provider';
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
        {/* The worker's push says when an upload is analysed, so its price shows at once. */}
        <RealtimeProvider url={env().NEXT_PUBLIC_REALTIME_URL} surface="orders">
          <UploadWorkbench />
        </RealtimeProvider>
      </div>
    </AppShell>
  );
}
