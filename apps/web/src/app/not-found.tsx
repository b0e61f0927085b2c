import { Button } from '@facet/ui/button';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="mx-auto grid min-h-dvh max-w-md place-content-center gap-4 px-4 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-3xl">{t('notFoundTitle')}</h1>
      <p className="text-muted-foreground">{t('notFoundText')}</p>
      <Button asChild className="justify-self-center">
        <Link href="/">{t('backToShop')}</Link>
      </Button>
    </main>
  );
}
