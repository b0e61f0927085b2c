import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { CartView } from '@/components/shop/cart-view';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Cart' };

export default async function CartPage() {
  const user = await requireSurface('orders', '/cart');
  return (
    <AppShell user={user}>
      <div className="grid gap-6">
        <h1 className="text-3xl">Your cart</h1>
        <CartView />
      </div>
    </AppShell>
  );
}
