import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { CartView } from '@/components/shop/cart-view';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('cart') };
}

export default async function CartPage() {
  const user = await requireSurface('orders', '/cart');
  const t = await getTranslations('cart');
  return (
    <AppShell user={user}>
      <div className="grid gap-6">
        <h1 className="text-3xl">{t('title')}</h1>
        <CartView />
      </div>
    </AppShell>
  );
}
