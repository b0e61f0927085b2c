import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { UploadWorkbench } from '@/components/shop/upload-workbench';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Upload a model' };

export default async function UploadPage() {
  const user = await requireSurface('orders', '/upload');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <div>
          <h1 className="text-3xl">Upload your model</h1>
          <p className="text-muted-foreground">
            See it in 3D, choose the metal and get the price in seconds.
          </p>
        </div>
        <UploadWorkbench />
      </div>
    </AppShell>
  );
}
