import { installationCurrency } from '@facet/core/shared/currency';
import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Toaster } from 'sonner';
import { FormatProvider } from '@/components/format-provider';
import { env } from '@/env';
import { TRPCReactProvider } from '@/trpc/client';
import './globals.css';

/** The icons and the social preview are in the repository's top-level public/ folder. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return {
    metadataBase: new URL(env().NEXTAUTH_URL),
    title: { default: t('title'), template: '%s · Facet' },
    description: t('description'),
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    openGraph: {
      siteName: 'Facet',
      title: t('title'),
      description: t('description'),
      images: [{ url: '/og.png', width: 1200, height: 630, alt: t('title') }],
    },
    twitter: { card: 'summary_large_image', images: ['/og.png'] },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so each carries the nonce of its Content-Security-Policy.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <FormatProvider currency={installationCurrency()}>
            <TRPCReactProvider>{children}</TRPCReactProvider>
          </FormatProvider>
        </NextIntlClientProvider>
        <Toaster richColors position="bottom-right" />
      </body>
    </html>
  );
}
